#!/bin/sh
# --function-budget: a function whose analysis needs more work than the
# budget is skipped with a clear warning (on stderr, in the JSON "skipped"
# list and as a SARIF notification) instead of running on; the other
# functions are still analyzed, and the default budget analyzes it.
. "$ROOT/testsuite/cli/lib.sh"

awk 'BEGIN {
	print "#include <stdlib.h>"
	print "void sink(char *p);"
	print "int big(int n)"
	print "{"
	for (i = 0; i < 3000; i++) {
		printf "    { char *p%d = malloc(%d); if (n > %d) sink(p%d); free(p%d); }\n", i, i + 1, i, i, i
		printf "    if (n & %d) n ^= %d;\n", i, i
	}
	print "    char *q = malloc(4);"
	print "    free(q);"
	print "    free(q);"
	print "    return n;"
	print "}"
	print "void small(void)"
	print "{"
	print "    char *r = malloc(4);"
	print "    free(r);"
	print "    free(r);"
	print "}"
}' >"$TMP/big.c"

# the default budget analyzes both: two double frees (warnings: inferred ownership)
expect_status 0 "$OWNCK" "$TMP/big.c"
expect_match out '\[double-free\]$'
expect_ndiags out 2

# a budget of 1 MiB skips big() and says so; small() is still checked
expect_status 0 "$OWNCK" --function-budget=1 "$TMP/big.c"
expect_ndiags out 1
expect_match out "big\\.c:[0-9]*:[0-9]*: warning: double free of 'r' \\[double-free\\]\$"
expect_match err "warning: function 'big' in '.*big\\.c' was not analyzed: too complex for the analysis budget \\(1 MiB; --function-budget raises it\\)"
expect_status 0 "$OWNCK" --function-budget 1 --format=json "$TMP/big.c"
json_check "skipped function in JSON" '
assert [s["function"] for s in d["skipped"]] == ["big"], d["skipped"]
assert "too complex" in d["skipped"][0]["reason"], d["skipped"]
assert d["skipped"][0]["location"]["line"] == 3, d["skipped"]
assert len(d["diagnostics"]) == 1, d["diagnostics"]'
expect_status 0 "$OWNCK" --function-budget=1 --format=sarif "$TMP/big.c"
json_check "skipped function in SARIF" '
n = d["runs"][0]["invocations"][0]["toolExecutionNotifications"]
assert len(n) == 1 and n[0]["level"] == "warning", n
assert "big" in n[0]["message"]["text"] and "too complex" in n[0]["message"]["text"], n
assert n[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3, n'

# bad values are usage errors
for bad in 0 -5 abc 1x ''; do
	expect_status 2 "$OWNCK" "--function-budget=$bad" "$TMP/big.c"
	expect_match err 'function-budget needs a number of MiB'
done

finish
