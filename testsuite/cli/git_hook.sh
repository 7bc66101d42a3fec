#!/bin/sh
# scripts/ownck-pre-commit as .git/hooks/pre-commit in a throwaway
# repository: a commit staging a buggy C file is refused with the finding
# shown, the fixed file is accepted, files that are not staged are not
# checked, compile_commands.json is used when the repository has one, and
# with ownck.args "--staged" an old bug is left alone while a new one on a
# staged line is caught.
. "$ROOT/testsuite/cli/lib.sh"

export HOME="$TMP/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
	GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME"
R=$TMP/repo
git init -q "$R" || fail "git init"
ln -s "$ROOT/scripts/ownck-pre-commit" "$R/.git/hooks/pre-commit"
git -C "$R" config ownck.program "$OWNCK"

commit() {   # commit MESSAGE: git commit in $R, output to $OUT/$ERR (git
	run_in "$R" git commit -q -m "$1"   # sends a hook's stdout to stderr)
}

cat >"$R/buggy.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;
}
C
printf 'notes\n' >"$R/README"
git -C "$R" add README && commit "readme"
expect_status 0

# A buggy staged file: refused, with the finding and the reason.
git -C "$R" add buggy.c
commit "bug"
expect_status 1
expect_contains err 'buggy.c:10:5: error: use of '"'"'buf'"'"' after it was released [use-after-free]'
expect_contains err 'commit refused'
[ "$(git -C "$R" rev-list --count HEAD)" = 1 ] || fail "the buggy commit went in"

# Fixed: accepted.
sed -i 's|    buf\[0\] = 1;|    buf = NULL;|' "$R/buggy.c"
git -C "$R" add buggy.c
commit "fixed"
expect_status 0
[ "$(git -C "$R" rev-list --count HEAD)" = 2 ] || fail "the fixed commit did not go in"

# A buggy file that is not staged is not checked.
sed 's|    buf = NULL;|    buf[0] = 1;|' "$R/buggy.c" >"$R/other.c"
printf 'more\n' >>"$R/README"
git -C "$R" add README
commit "readme only"
expect_status 0

# A staged file with unstaged changes: the work tree is checked, and a note says so.
git -C "$R" add other.c
sed -i 's|    buf\[0\] = 1;|    buf = NULL;|' "$R/other.c"
commit "other"
expect_status 0
expect_contains err "'other.c' has unstaged changes"
git -C "$R" add other.c && commit "other, clean" >/dev/null

# compile_commands.json: a file that compiles only with its flags.
mkdir -p "$R/build"
cat >"$R/needs.c" <<'C'
#ifndef FROM_DB
#error "needs -DFROM_DB"
#endif
int answer(void) { return 42; }
C
git -C "$R" add needs.c
commit "needs flags, no database"
expect_status 1
expect_contains err 'needs -DFROM_DB'
cat >"$R/build/compile_commands.json" <<J
[{"directory": "$R", "arguments": ["cc", "-DFROM_DB", "-c", "needs.c"], "file": "needs.c"}]
J
commit "needs flags, with the database"
expect_status 0

# ownck.args --staged: an old bug is left alone, a new one is caught.
cat >"$R/legacy.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void old(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 /* OLD */
}
C
git -C "$R" add legacy.c
run_in "$R" git commit -q --no-verify -m "legacy code with a bug"
git -C "$R" config ownck.args "--staged"
printf '\nint helper(int x) { return x + 1; }\n' >>"$R/legacy.c"
git -C "$R" add legacy.c
commit "unrelated change in a file with an old bug"
expect_status 0
cat >>"$R/legacy.c" <<'C'

void fresh(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    free(p);
    free(p);                    /* NEW */
}
C
git -C "$R" add legacy.c
commit "a new bug"
expect_status 1
expect_contains err "legacy.c:$(line_of "$R/legacy.c" NEW):5: error: double free of 'p' [double-free]"
expect_not_contains err "legacy.c:$(line_of "$R/legacy.c" OLD):"

# Nothing staged in C: the hook does not run ownck at all.
git -C "$R" reset -q -- legacy.c
git -C "$R" config ownck.program /nonexistent/ownck
printf 'x\n' >>"$R/README"
git -C "$R" add README
commit "no C files"
expect_status 0

finish
