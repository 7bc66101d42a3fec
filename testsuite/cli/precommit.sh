#!/bin/sh
# .pre-commit-hooks.yaml with the real pre-commit program (Debian's
# pre-commit package): a throwaway git repository lists this repository as a
# hook source (hook id ownck), a commit staging a buggy C file is refused
# with the finding, the fixed file is accepted, a commit without C files
# skips the hook (types: [c]), and the ownck-changed-lines hook leaves an old
# bug alone while catching a new one.
#
# pre-commit clones hook sources at a commit; while .pre-commit-hooks.yaml has
# uncommitted changes in this repository, a snapshot of it is committed in a
# scratch repository and used instead.
. "$ROOT/testsuite/cli/lib.sh"

PC=/usr/bin/pre-commit
[ -x "$PC" ] || { fail "pre-commit is not installed (scripts/deps.sh installs it)"; finish; }

export HOME="$TMP/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
	GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com PRE_COMMIT_HOME="$TMP/pc-cache"
mkdir -p "$HOME"
# the hooks run "ownck" from PATH: the binary under test
mkdir "$TMP/bin"
ln -s "$OWNCK" "$TMP/bin/ownck"
export PATH="$TMP/bin:$PATH"

# The hook source: this repository at HEAD when the manifest is committed as
# it is, else a snapshot.
if git -C "$ROOT" ls-files --error-unmatch .pre-commit-hooks.yaml >/dev/null 2>&1 &&
	git -C "$ROOT" diff --quiet HEAD -- .pre-commit-hooks.yaml 2>/dev/null; then
	SRC=$ROOT
	REV=$(git -C "$ROOT" rev-parse HEAD)
else
	SRC=$TMP/hooksrc
	git init -q "$SRC"
	cp "$ROOT/.pre-commit-hooks.yaml" "$SRC/"
	git -C "$SRC" add .pre-commit-hooks.yaml && git -C "$SRC" commit -q -m snapshot
	REV=$(git -C "$SRC" rev-parse HEAD)
fi

R=$TMP/work
git init -q "$R"
cat >"$R/.pre-commit-config.yaml" <<Y
repos:
  - repo: $SRC
    rev: $REV
    hooks:
      - id: ownck
Y
run_in "$R" "$PC" install
expect_status 0
[ -x "$R/.git/hooks/pre-commit" ] || fail "pre-commit install wrote no hook"
git -C "$R" add .pre-commit-config.yaml
run_in "$R" git commit -q -m "config"
expect_status 0

cat >"$R/buggy.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);
    buf[0] = 1;
}
C
git -C "$R" add buggy.c
run_in "$R" git commit -m "a bug"
expect_status 1
cat "$ERR" >>"$OUT"
expect_contains out "buggy.c:12:5: error: use of moved value 'buf' [use-after-move]"
expect_match out 'ownck.*Failed'
[ "$(git -C "$R" rev-list --count HEAD)" = 1 ] || fail "the buggy commit went in"

# Fixed: accepted.
sed -i 's|    buf\[0\] = 1;|    buf = NULL;|' "$R/buggy.c"
git -C "$R" add buggy.c
run_in "$R" git commit -m "fixed"
expect_status 0
cat "$ERR" >>"$OUT"
expect_match out 'ownck.*Passed'
[ "$(git -C "$R" rev-list --count HEAD)" = 2 ] || fail "the fixed commit did not go in"

# No C file staged: the hook is skipped.
printf 'text\n' >"$R/README"
git -C "$R" add README
run_in "$R" git commit -m "readme"
expect_status 0
cat "$ERR" >>"$OUT"
expect_match out 'ownck.*Skipped'

# ownck-changed-lines: an old bug in the file is left alone, a new one caught.
cat >"$R/.pre-commit-config.yaml" <<Y
repos:
  - repo: $SRC
    rev: $REV
    hooks:
      - id: ownck-changed-lines
Y
sed 's|    buf = NULL;|    buf[0] = 1;                 /* OLD */|' "$R/buggy.c" >"$R/legacy.c"
git -C "$R" add .pre-commit-config.yaml legacy.c
run_in "$R" git commit -q --no-verify -m "legacy code"
printf '\nint helper(int x) { return x + 1; }\n' >>"$R/legacy.c"
git -C "$R" add legacy.c
run_in "$R" git commit -m "unrelated change next to an old bug"
expect_status 0
cat >>"$R/legacy.c" <<'C'

void g(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    free(p);
    free(p);                    /* NEW */
}
C
git -C "$R" add legacy.c
run_in "$R" git commit -m "a new bug"
expect_status 1
cat "$ERR" >>"$OUT"
expect_contains out "legacy.c:$(line_of "$R/legacy.c" NEW):5: error: double free of 'p' [double-free]"
expect_not_contains out "legacy.c:$(line_of "$R/legacy.c" OLD):"

finish
