#!/bin/sh
# --diff=REF and --staged: only findings whose primary location is on a line
# git reports as changed (working tree against REF, or index against HEAD),
# so that new code is gated while an old bug is left alone; files git does
# not track yet count as new. Tested in a throwaway git repository.
. "$ROOT/testsuite/cli/lib.sh"

export HOME="$TMP/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
	GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME"
R=$TMP/repo
mkdir -p "$R/src"
git init -q "$R" || fail "git init"
cat >"$R/src/a.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void old(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 /* OLD bug, committed */
}
C
git -C "$R" add src/a.c && git -C "$R" commit -q -m "old code" || fail "git commit"

# Nothing changed: the old bug is not reported, status 0.
run_in "$R" "$OWNCK" --diff=HEAD src/a.c
expect_status 0
expect_ndiags out 0
# ... though it is there.
run_in "$R" "$OWNCK" src/a.c
expect_status 1
expect_ndiags out 1

# New code above the old bug (which moves down) with a new bug in it.
{ sed -n '1,3p' "$R/src/a.c"; cat <<'C'
void fresh(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    free(p);
    free(p);                    /* NEW bug */
}

C
sed -n '4,$p' "$R/src/a.c"; } >"$R/src/a2.c" && mv "$R/src/a2.c" "$R/src/a.c"
NEW=$(line_of "$R/src/a.c" 'NEW bug')
OLD=$(line_of "$R/src/a.c" 'OLD bug')
run_in "$R" "$OWNCK" --diff=HEAD src/a.c
expect_status 1
expect_ndiags out 1
expect_diag out src/a.c "$NEW" error double-free
expect_no_diag_at out src/a.c "$OLD"
GCC_SHAPE_BASE=$R expect_gcc_shape out
# the same with REF a commit id, and from a subdirectory
run_in "$R/src" "$OWNCK" --diff="$(git -C "$R" rev-parse HEAD)" a.c
expect_status 1
expect_diag out a.c "$NEW" error double-free
expect_ndiags out 1
# JSON too
run_in "$R" "$OWNCK" --format=json --diff=HEAD src/a.c
json_check "--diff in JSON" 'assert [x["rule"] for x in d["diagnostics"]] == ["double-free"], d["diagnostics"]'

# --staged: nothing staged yet, so nothing reported; once staged, the new bug.
run_in "$R" "$OWNCK" --staged src/a.c
expect_status 0
expect_ndiags out 0
git -C "$R" add src/a.c
run_in "$R" "$OWNCK" --staged src/a.c
expect_status 1
expect_diag out src/a.c "$NEW" error double-free
expect_ndiags out 1

# A file git does not track yet is new code from the first line.
cp "$R/src/a.c" "$R/src/untracked.c"
run_in "$R" "$OWNCK" --diff=HEAD src/untracked.c
expect_status 1
expect_ndiags out 2
# ... but it is not staged, so --staged leaves it alone.
run_in "$R" "$OWNCK" --staged src/untracked.c
expect_status 0

# Errors: an unknown revision, no repository, both options at once.
run_in "$R" "$OWNCK" --diff=no-such-ref src/a.c
expect_status 2
expect_contains err '--diff'
expect_contains err 'no-such-ref'
expect_ndiags out 0
mkdir "$TMP/norepo"
cp "$R/src/a.c" "$TMP/norepo/"
GIT_CEILING_DIRECTORIES=$TMP run_in "$TMP/norepo" "$OWNCK" --diff=HEAD a.c
expect_status 2
expect_contains err 'git'
run_in "$R" "$OWNCK" --diff=HEAD --staged src/a.c
expect_status 2
expect_contains err 'cannot be used together'

finish
