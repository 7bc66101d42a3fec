#!/bin/sh
# Exit status and severity: 0 without error-severity findings (warnings alone
# give 0), 1 with errors (or with any finding under --werror), 2 when the tool
# could not do its job, which takes precedence over 1. Findings on OWNED
# values are errors; findings on unannotated malloc'd values are warnings.
. "$ROOT/testsuite/cli/lib.sh"

# Clean: 0, nothing on stdout or stderr.
expect_status 0 "$OWNCK" "$DATA/clean.c"
expect_ndiags out 0
expect_empty err
expect_status 0 "$OWNCK" --werror "$DATA/clean.c"

# Errors: 1.
expect_status 1 "$OWNCK" "$DATA/move_use.c"
expect_ndiags out 1
expect_status 1 "$OWNCK" "$DATA/three_rules.c"
expect_no_match out ': warning: '

# Warnings only: 0, and they are printed as warnings.
F=$DATA/warn_only.c
expect_status 0 "$OWNCK" "$F"
expect_diag out "$F" "$(line_of "$F" 'BUG double-free')" warning double-free
expect_diag out "$F" "$(line_of "$F" 'BUG use-after-free')" warning use-after-free
expect_no_match out ': error: '
# ... and 1 with --werror (the findings are still printed).
expect_status 1 "$OWNCK" --werror "$F"
expect_ndiags out 2

# The same rule is an error on an OWNED value and a warning on a plain one.
F=$DATA/mixed.c
expect_status 1 "$OWNCK" "$F"
expect_diag out "$F" "$(line_of "$F" 'BUG double-free (error)')" error double-free
expect_diag out "$F" "$(line_of "$F" 'BUG double-free (warning)')" warning double-free
expect_diag out "$F" "$(line_of "$F" 'BUG use-after-move (error)')" error use-after-move
# Disabling the rules that give errors leaves a warning: 0 (1 under --werror).
expect_status 0 "$OWNCK" --disable=use-after-move "$DATA/warn_only.c" "$DATA/clean.c"
run "$OWNCK" --disable=use-after-move "$F"
expect_status 1

# Several files: the worst one decides.
expect_status 1 "$OWNCK" "$DATA/clean.c" "$DATA/move_use.c"
expect_status 1 "$OWNCK" "$DATA/move_use.c" "$DATA/clean.c"
expect_status 0 "$OWNCK" "$DATA/clean.c" "$DATA/warn_only.c"
expect_status 1 "$OWNCK" --werror "$DATA/clean.c" "$DATA/warn_only.c"

# 2 takes precedence over 1: a file that does not parse, or does not exist,
# beside a file with errors (or with warnings under --werror).
expect_status 2 "$OWNCK" "$DATA/move_use.c" "$DATA/bad_parse.c"
expect_status 2 "$OWNCK" "$DATA/bad_parse.c" "$DATA/move_use.c"
expect_status 2 "$OWNCK" "$DATA/move_use.c" "$TMP/no-such-file.c"
expect_status 2 "$OWNCK" --werror "$DATA/warn_only.c" "$DATA/bad_parse.c"
expect_status 2 "$OWNCK" --format=json "$DATA/move_use.c" "$DATA/bad_parse.c"

# A compiler warning is not a parse failure.
expect_status 0 "$OWNCK" "$DATA/clang_warning.c"
expect_ndiags out 0

finish
