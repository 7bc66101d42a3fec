#!/bin/sh
# A FILE that does not exist, cannot be read, or is a directory: exit 2, a
# message on stderr naming it, and the other files are still analyzed.
. "$ROOT/testsuite/cli/lib.sh"

missing=$TMP/no-such-file.c
F=$DATA/move_use.c
use=$(line_of "$F" 'BUG use-after-move')

# Alone.
expect_status 2 "$OWNCK" "$missing"
expect_contains err 'no-such-file.c'
expect_ndiags out 0

# Before and after a file with a finding: that finding is still printed.
expect_status 2 "$OWNCK" "$missing" "$F"
expect_contains err 'no-such-file.c'
expect_diag out "$F" "$use" error use-after-move
expect_status 2 "$OWNCK" "$F" "$missing"
expect_contains err 'no-such-file.c'
expect_diag out "$F" "$use" error use-after-move
# The message is on stderr only; stdout holds the diagnostics.
expect_not_contains out 'no-such-file.c'

# Two missing files: both named.
expect_status 2 "$OWNCK" "$TMP/first-missing.c" "$DATA/clean.c" "$TMP/second-missing.c"
expect_contains err 'first-missing.c'
expect_contains err 'second-missing.c'

# A relative name that does not exist.
expect_status 2 "$OWNCK" testsuite/cli/data/not-there.c
expect_contains err 'not-there.c'

# JSON: still one object on stdout, the other file's diagnostics in it, and the
# missing file in "errors".
expect_status 2 "$OWNCK" --format=json "$F" "$missing"
expect_contains err 'no-such-file.c'
json_check "missing file in JSON" '
assert [x["rule"] for x in d["diagnostics"]] == ["use-after-move"], d["diagnostics"]
assert len(d["errors"]) == 1, d["errors"]
e = d["errors"][0]
assert list(e.keys()) == ["file", "message", "clang"], list(e.keys())
assert e["file"].endswith("no-such-file.c"), e
assert isinstance(e["message"], str) and e["message"], e
assert isinstance(e["clang"], list) and all(isinstance(s, str) for s in e["clang"]), e'

# A directory given as FILE.
mkdir "$TMP/a-directory.c"
expect_status 2 "$OWNCK" "$TMP/a-directory.c"
expect_contains err 'a-directory.c'
expect_ndiags out 0
expect_status 2 "$OWNCK" testsuite/cli/data
expect_contains err 'testsuite/cli/data'
expect_status 2 "$OWNCK" "$TMP/a-directory.c" "$F"
expect_diag out "$F" "$use" error use-after-move

# An unreadable file (root reads everything, so only when not root).
cp "$F" "$TMP/unreadable.c"
chmod 000 "$TMP/unreadable.c"
if [ ! -r "$TMP/unreadable.c" ]; then
	expect_status 2 "$OWNCK" "$TMP/unreadable.c" "$DATA/clean.c"
	expect_contains err 'unreadable.c'
	expect_ndiags out 0
fi
chmod 644 "$TMP/unreadable.c"

finish
