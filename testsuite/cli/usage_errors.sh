#!/bin/sh
# Bad usage is exit status 2 with a message on stderr, never a crash, never
# "no findings".
. "$ROOT/testsuite/cli/lib.sh"

# An unknown option: exit 2, stderr says "unknown option" and names it.
expect_status 2 "$OWNCK" --no-such-option "$DATA/move_use.c"
expect_match err '[Uu]nknown option'
expect_contains err '--no-such-option'
expect_not_contains out '[use-after-move]'

# An unknown short option, too.
expect_status 2 "$OWNCK" -Z "$DATA/clean.c"
expect_match err '[Uu]nknown option'

# No input files at all.
expect_status 2 "$OWNCK"
expect_nonempty err
expect_ndiags out 0

# Only options, still no input file.
expect_status 2 "$OWNCK" --quiet --color=never
expect_nonempty err

# Compiler arguments but no file.
expect_status 2 "$OWNCK" -- -DX=1
expect_nonempty err

# A --format value that does not exist is bad usage.
expect_status 2 "$OWNCK" --format=no-such-format "$DATA/clean.c"
expect_nonempty err

# The message for an unknown option is on stderr, not on stdout.
run "$OWNCK" --no-such-option "$DATA/clean.c"
expect_not_contains out 'nknown option'

finish
