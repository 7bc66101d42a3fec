#!/bin/sh
# Extents worked out without libclang's token measurement (frontend.c) are
# the ones libclang gives: OWNCK_CHECK_EXTENTS=1 makes ownck compare each
# with clang_getCursorExtent and abort at the first difference. Checked on a
# file of the shapes that could fool it (macros, postfix operators, member
# chains, anonymous unions, numbers, line splices, UTF-8 names) and on every
# C file of the test suite and the examples.
. "$ROOT/testsuite/cli/lib.sh"

OWNCK_CHECK_EXTENTS=1
export OWNCK_CHECK_EXTENTS

expect_status 1 "$OWNCK" "$DATA/extents.c"
expect_not_contains err 'OWNCK_CHECK_EXTENTS'
expect_diag out "$DATA/extents.c" "$(line_of "$DATA/extents.c" 'return &local')" error return-local-ref

# The whole suite in one run: none may differ from libclang.
run_whole_suite --enable=recursion,stack-depth
expect_not_contains err 'OWNCK_CHECK_EXTENTS'
finish
