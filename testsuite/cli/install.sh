#!/bin/sh
# make install PREFIX=DIR: installs bin/ownck, bin/ownck-pre-commit,
# include/ownck.h, share/ownck/models/libc.h (and its model cache), the rule pages, the JSON schema
# and the man page; the installed binary runs, finds <ownck.h> by itself, and
# reports the bug of a file outside the source tree; the installed hook
# finds the installed ownck next to it.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/prefix
expect_status 0 make -s -C "$ROOT" build/ownck
expect_status 0 make -s -C "$ROOT" install PREFIX="$P"

for f in bin/ownck bin/ownck-pre-commit include/ownck.h share/ownck/models/libc.h \
	share/ownck/ownck-json.schema.json share/man/man1/ownck.1; do
	[ -f "$P/$f" ] || fail "make install did not install $f (in $P)"
done
[ -x "$P/bin/ownck-pre-commit" ] || fail "the installed ownck-pre-commit is not executable"
[ -s "$P/share/ownck/models.cache" ] || fail "make install did not write the model cache share/ownck/models.cache"
# The man page renders without warnings.
if command -v groff >/dev/null 2>&1; then
	run groff -man -Tutf8 -ww -z "$P/share/man/man1/ownck.1"
	expect_status 0
	expect_empty err
fi
[ -x "$P/bin/ownck" ] || fail "the installed ownck is not executable"
cmp -s "$P/include/ownck.h" "$ROOT/annotations/ownck.h" || fail "installed ownck.h differs from annotations/ownck.h"
cmp -s "$P/share/ownck/models/libc.h" "$ROOT/annotations/models/libc.h" ||
	fail "installed models/libc.h differs from annotations/models/libc.h"

# The installed binary works from anywhere.
expect_status 0 "$P/bin/ownck" --version
expect_match out '^ownck '

# A project outside the source tree that includes <ownck.h>.
mkdir "$TMP/project"
cat >"$TMP/project/app.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void consume(OWNED char *msg);

void run(void)
{
    OWNED char *buf = malloc(16);
    if (!buf)
        return;
    consume(buf);
    buf[0] = 'x';
}
C
run_in "$TMP/project" "$P/bin/ownck" app.c
expect_status 1
expect_match out '^app\.c:12:5: error: .* \[use-after-move\]$'
GCC_SHAPE_BASE="$TMP/project" expect_gcc_shape out
expect_status 1 "$P/bin/ownck" --format=json "$TMP/project/app.c"
json_check "installed binary, JSON" '
assert [(x["rule"], x["location"]["line"]) for x in d["diagnostics"]] == [("use-after-move", 12)], d["diagnostics"]'
# Its libc model is in effect: free is a deallocator (use-after-free).
sed 's/consume(buf);/free(buf);/' "$TMP/project/app.c" >"$TMP/project/app2.c"
run_in "$TMP/project" "$P/bin/ownck" app2.c
expect_status 1
expect_match out '^app2\.c:12:5: error: .* \[use-after-free\]$'
# ... read from the model cache (analyzer/modelcache.h): make install wrote
# one, and a run that finds it stale (--stats says why) writes it anew. The
# model's time is set to one whose nanoseconds did not survive the cache's
# first encoding (one double, printed in 15 digits): such a file always
# looked changed.
touch -d @1796500000.123459717 "$P/share/ownck/models/libc.h"
run_in "$TMP/project" "$P/bin/ownck" --stats app2.c
cp "$ERR" "$TMP/stats1"
run_in "$TMP/project" "$P/bin/ownck" --stats app2.c
if ! grep -q "signatures, read from the model cache" "$ERR"; then
	fail "the installed ownck does not use its model cache"
	sed 's/^/    first run: /' "$TMP/stats1"
	show_last
fi

# The installed header is usable by a compiler on its own.
if command -v gcc >/dev/null 2>&1; then
	expect_status 0 gcc -fsyntax-only -Wall -Werror -I"$P/include" "$TMP/project/app.c"
fi

# The rule pages are installed too: --explain prints them.
[ -f "$P/share/ownck/docs/rules/leak.md" ] || fail "make install did not install docs/rules/leak.md"
run "$P/bin/ownck" --explain leak
expect_status 0
expect_match out '^# leak$'

# The installed hook runs the installed ownck (the one next to it).
export HOME="$TMP/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
	GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME"
git init -q "$TMP/repo"
ln -s "$P/bin/ownck-pre-commit" "$TMP/repo/.git/hooks/pre-commit"
cp "$TMP/project/app.c" "$TMP/repo/"
git -C "$TMP/repo" add app.c
run_in "$TMP/repo" git commit -q -m bug
expect_status 1
expect_match err '^app\.c:12:5: error: .* \[use-after-move\]$'

# DESTDIR staging puts the same files under DESTDIR/PREFIX.
expect_status 0 make -s -C "$ROOT" install DESTDIR="$TMP/stage" PREFIX=/opt/ownck
for f in bin/ownck include/ownck.h share/ownck/models/libc.h; do
	[ -f "$TMP/stage/opt/ownck/$f" ] || fail "make install DESTDIR=... did not stage $f"
done

finish
