#!/bin/sh
# The summary line counts errors and warnings ("1 error generated.",
# "2 errors and 1 warning generated.", ...); --quiet leaves it out and
# changes nothing else.
. "$ROOT/testsuite/cli/lib.sh"

check_summary() {   # check_summary EXPECTED-STATUS SUMMARY ARGS...
	_st=$1
	_sum=$2
	shift 2
	expect_status "$_st" "$OWNCK" "$@"
	expect_last_line out "$_sum"
	expect_count out 'generated\.$' 1
	expect_gcc_shape out
	save with-summary
	# --quiet: the same output without the summary line; same status.
	expect_status "$_st" "$OWNCK" --quiet "$@"
	expect_no_match out 'generated\.$'
	expect_gcc_shape out --quiet
	grep -v -e '^[0-9].* generated\.$' "$TMP/with-summary" >"$TMP/without-summary"
	expect_same "$TMP/without-summary" "$OUT" "--quiet vs. the normal output minus its summary ($*)"
}

check_summary 1 '1 error generated.' "$DATA/move_use.c"
check_summary 1 '3 errors generated.' "$DATA/three_rules.c"
check_summary 1 '2 errors and 1 warning generated.' "$DATA/mixed.c"
check_summary 0 '2 warnings generated.' "$DATA/warn_only.c"
# The counts are over all files together.
check_summary 1 '3 errors and 1 warning generated.' --disable=use-after-free "$DATA/move_use.c" "$DATA/three_rules.c" "$DATA/warn_only.c"
check_summary 1 '6 errors and 3 warnings generated.' "$DATA/mixed.c" "$DATA/three_rules.c" "$DATA/move_use.c" "$DATA/warn_only.c"

# One warning alone.
expect_status 0 "$OWNCK" --disable=double-free "$DATA/warn_only.c"
expect_last_line out '1 warning generated.'

# No findings: no summary line (and nothing else) on stdout.
expect_status 0 "$OWNCK" "$DATA/clean.c"
expect_empty out
expect_status 0 "$OWNCK" --quiet "$DATA/clean.c"
expect_empty out

finish
