#!/bin/sh
# A summary run follows only the parameters whose value reaches a statement
# that can change a summary (ownership.c: mark_consequential). With
# OWNCK_CHECK_SUMMARIES=1 ownck summarizes every function a second time
# following every parameter, and aborts at the first difference. Checked on
# a file of the shapes that could fool it (a parameter only read, lent to a
# reader, kept through a join's other side, aborting on NULL through a
# callee, a function that follows nothing and never returns) and on every C
# file of the test suite and the examples.
. "$ROOT/testsuite/cli/lib.sh"

OWNCK_CHECK_SUMMARIES=1
export OWNCK_CHECK_SUMMARIES

for f in ok_parameters_not_followed bad_parameters_not_followed; do
	expect_status 0 "$OWNCK" --verify "$ROOT/testsuite/summaries/$f.c"
	expect_not_contains err 'OWNCK_CHECK_SUMMARIES'
done

# The whole suite in one run: no summary may differ.
run_whole_suite
expect_not_contains err 'OWNCK_CHECK_SUMMARIES'
finish
