#!/bin/sh
# A check follows only the pointers whose state can matter (ownership.c
# check_vars, design.md "Which pointers the ownership dataflow follows");
# OWNCK_FOLLOW_ALL=1 follows every pointer of every function. The findings
# must be the same, byte for byte: on every C file of the test suite and the
# examples in one run (calls across files included), in JSON with every rule.
. "$ROOT/testsuite/cli/lib.sh"

find "$ROOT/testsuite" "$ROOT/examples" -name '*.c' | sort >"$TMP/files"
# shellcheck disable=SC2016
run sh -c 'exec "$0" -j 2 --format=json --enable=recursion,stack-depth $(cat "$1")' "$OWNCK" "$TMP/files"
if [ "$status" -gt 2 ]; then
	fail "ownck ended with status $status on the test suite's files"
	show_last
fi
save followed
[ -s "$TMP/followed" ] || fail "no output from the run over the test suite"
expect_contains out '"rule":	"use-after-free"'
OWNCK_FOLLOW_ALL=1
export OWNCK_FOLLOW_ALL
# shellcheck disable=SC2016
run sh -c 'exec "$0" -j 2 --format=json --enable=recursion,stack-depth $(cat "$1")' "$OWNCK" "$TMP/files"
expect_same "$TMP/followed" "$OUT" "findings when every pointer is followed"
finish
