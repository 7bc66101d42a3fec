#!/bin/sh
# "-- COMPILER-ARGS": -D and -I reach the parser, for every file.
. "$ROOT/testsuite/cli/lib.sh"

# A bug that exists only when OWNCK_CLI_BUG is 1.
F=$DATA/macro_bug.c
L=$(line_of "$F" 'BUG double-free')
expect_status 0 "$OWNCK" "$F"
expect_ndiags out 0
expect_status 1 "$OWNCK" "$F" -- -DOWNCK_CLI_BUG=1
expect_diag out "$F" "$L" error double-free
expect_ndiags out 1
# The value reaches the preprocessor too: =2 is not 1.
expect_status 0 "$OWNCK" "$F" -- -DOWNCK_CLI_BUG=2
expect_ndiags out 0
# And -U after -D wins, as in the compiler.
expect_status 0 "$OWNCK" "$F" -- -DOWNCK_CLI_BUG=1 -UOWNCK_CLI_BUG

# A file that compiles only with OWNCK_CLI_NEEDED=1.
expect_status 2 "$OWNCK" "$DATA/macro_needed.c"
expect_contains err 'compile with -DOWNCK_CLI_NEEDED=1'
expect_status 0 "$OWNCK" "$DATA/macro_needed.c" -- -DOWNCK_CLI_NEEDED=1
expect_empty out

# An include found only through -I.
F=$DATA/include_user.c
L=$(line_of "$F" 'BUG use-after-move')
expect_status 2 "$OWNCK" "$F"
expect_contains err 'cli_take.h'
expect_status 1 "$OWNCK" "$F" -- -Itestsuite/cli/data/inc
expect_diag out "$F" "$L" error use-after-move
expect_ndiags out 1
expect_status 1 "$OWNCK" "$F" -- -I "$ROOT/testsuite/cli/data/inc"
expect_diag out "$F" "$L" error use-after-move

# Several compiler arguments, applied to every file.
expect_status 1 "$OWNCK" "$DATA/macro_bug.c" "$DATA/include_user.c" "$DATA/macro_needed.c" \
	-- -DOWNCK_CLI_BUG=1 -Itestsuite/cli/data/inc -DOWNCK_CLI_NEEDED=1
expect_ndiags out 2
expect_diag out "$DATA/macro_bug.c" "$(line_of "$DATA/macro_bug.c" 'BUG double-free')" error double-free
expect_diag out "$F" "$L" error use-after-move
# Other options before the files combine with the compiler arguments.
expect_status 1 "$OWNCK" --format=json "$DATA/macro_bug.c" -- -DOWNCK_CLI_BUG=1
json_check "-D with --format=json" '
assert [x["rule"] for x in d["diagnostics"]] == ["double-free"], d["diagnostics"]'

# Another -std keeps working (the annotations are C99-compatible).
expect_status 1 "$OWNCK" "$DATA/move_use.c" -- -std=c99
expect_contains out '[use-after-move]'

finish
