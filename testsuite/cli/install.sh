#!/bin/sh
# make install PREFIX=DIR: installs bin/ownck, include/ownck.h and
# share/ownck/models/libc.h; the installed binary runs, finds <ownck.h> by
# itself, and reports the bug of a file outside the source tree.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/prefix
expect_status 0 make -s -C "$ROOT" build/ownck
expect_status 0 make -s -C "$ROOT" install PREFIX="$P"

for f in bin/ownck include/ownck.h share/ownck/models/libc.h; do
	[ -f "$P/$f" ] || fail "make install did not install $f (in $P)"
done
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

# The installed header is usable by a compiler on its own.
if command -v gcc >/dev/null 2>&1; then
	expect_status 0 gcc -fsyntax-only -Wall -Werror -I"$P/include" "$TMP/project/app.c"
fi

# The rule pages are installed too: --explain prints them.
[ -f "$P/share/ownck/docs/rules/leak.md" ] || fail "make install did not install docs/rules/leak.md"
run "$P/bin/ownck" --explain leak
expect_status 0
expect_match out '^# leak$'

# DESTDIR staging puts the same files under DESTDIR/PREFIX.
expect_status 0 make -s -C "$ROOT" install DESTDIR="$TMP/stage" PREFIX=/opt/ownck
for f in bin/ownck include/ownck.h share/ownck/models/libc.h; do
	[ -f "$TMP/stage/opt/ownck/$f" ] || fail "make install DESTDIR=... did not stage $f"
done

finish
