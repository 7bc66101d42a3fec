#!/bin/sh
# A file that does not parse: clang's own "error:" message on stderr, exit 2,
# never "no findings"; the other files are still analyzed.
. "$ROOT/testsuite/cli/lib.sh"

B=$DATA/bad_parse.c
F=$DATA/move_use.c
use=$(line_of "$F" 'BUG use-after-move')

# Alone: exit 2, clang's message (file, line, "error:") on stderr.
expect_status 2 "$OWNCK" "$B"
expect_match err 'bad_parse\.c:4:[0-9]+: error: '
expect_contains err 'expected expression'
expect_ndiags out 0

# With another file, before or after it: that file's findings still come out.
expect_status 2 "$OWNCK" "$B" "$F"
expect_match err 'bad_parse\.c:4:[0-9]+: error: '
expect_diag out "$F" "$use" error use-after-move
expect_status 2 "$OWNCK" "$F" "$B"
expect_match err 'bad_parse\.c:4:[0-9]+: error: '
expect_diag out "$F" "$use" error use-after-move
expect_status 2 "$OWNCK" -j 2 "$F" "$B" "$DATA/three_rules.c"
expect_diag out "$F" "$use" error use-after-move
expect_contains out '[double-free]'

# --quiet and --werror do not change it.
expect_status 2 "$OWNCK" --quiet "$B"
expect_match err 'error: '
expect_status 2 "$OWNCK" --werror "$B" "$DATA/clean.c"

# An #error directive is a parse failure too; a #warning is not.
expect_status 2 "$OWNCK" "$DATA/macro_needed.c"
expect_contains err 'compile with -DOWNCK_CLI_NEEDED=1'
expect_status 0 "$OWNCK" "$DATA/clang_warning.c"
# ... and clang's warnings are off (-w), so a project's -Werror turns none of
# them into an error that would stop the analysis; a real bug beside it is
# still found.
expect_status 0 "$OWNCK" "$DATA/clang_warning.c" -- -Wall -Werror
expect_empty out
expect_empty err
expect_status 1 "$OWNCK" "$DATA/clang_warning.c" "$F" -- -Wall -Werror
expect_ndiags out 1

# JSON: one object on stdout; the file is in "errors" with clang's messages;
# the other file's diagnostics are there; stats still count.
expect_status 2 "$OWNCK" --format=json "$F" "$B"
json_check "parse failure in JSON" '
assert [x["rule"] for x in d["diagnostics"]] == ["use-after-move"], d["diagnostics"]
assert len(d["errors"]) == 1, d["errors"]
e = d["errors"][0]
assert list(e.keys()) == ["file", "message", "clang"], list(e.keys())
assert e["file"] == "testsuite/cli/data/bad_parse.c", e["file"]
assert isinstance(e["message"], str) and e["message"], e
assert isinstance(e["clang"], list) and e["clang"], e
assert all(isinstance(s, str) for s in e["clang"]), e
assert any("error" in s and "expected expression" in s for s in e["clang"]), e["clang"]
assert d["stats"]["diagnostics"] == 1, d["stats"]'
expect_status 2 "$OWNCK" --format=json "$B"
json_check "parse failure alone in JSON" '
assert d["diagnostics"] == [], d["diagnostics"]
assert len(d["errors"]) == 1 and d["errors"][0]["clang"], d["errors"]'

finish
