#!/bin/sh
# A function of 20,000 statements (assignments, branches, uses of an owned
# buffer) finishes with the right result: one use-after-move at the end, and
# nothing in the clean twin.
. "$ROOT/testsuite/cli/lib.sh"

gen() {   # gen FILE [clean]
	awk -v clean="${2:-}" 'BEGIN {
		n = 20000
		print "#include <ownck.h>"
		print "#include <stdlib.h>"
		print ""
		print "void take(OWNED char *msg);"
		print ""
		print "int big(int x)"
		print "{"
		print "    OWNED char *buf = malloc(8);"
		print "    if (!buf)"
		print "        return 0;"
		for (i = 0; i < n; i++) {
			k = i % 5
			if (k == 0)
				printf "    x = x * 3 + %d;\n", i
			else if (k == 1)
				printf "    if (x > %d)\n        x -= 7;\n", i
			else if (k == 2)
				printf "    buf[%d] = (char)x;\n", i % 8
			else if (k == 3)
				printf "    x ^= buf[%d];\n", (i + 3) % 8
			else
				printf "    while (x > 1000000)\n        x /= 2;\n"
		}
		print "    take(buf);"
		if (clean != "clean")
			print "    x += buf[0];"
		print "    return x;"
		print "}"
	}' >"$1"
}

gen "$TMP/big.c"
n=$(grep -c ';' "$TMP/big.c")
[ "$n" -ge 20000 ] || fail "test generator: only $n statements"
L=$(grep -n 'x += buf\[0\];' "$TMP/big.c" | cut -d: -f1)
C=$(col_of "$TMP/big.c" "$L" 'buf[0]')

expect_status 1 "$OWNCK" "$TMP/big.c"
expect_match out "big\\.c:$L:$C: error: .* \\[use-after-move\\]\$"
expect_match out "big\\.c:$((L - 1)):5: note: "
expect_ndiags out 1
expect_last_line out '1 error generated.'
expect_status 1 "$OWNCK" --format=json "$TMP/big.c"
json_check "20,000 statements in JSON" '
assert [x["rule"] for x in d["diagnostics"]] == ["use-after-move"], d["diagnostics"]
assert d["stats"]["functions"] == 1, d["stats"]'

gen "$TMP/big_clean.c" clean
expect_status 0 "$OWNCK" "$TMP/big_clean.c"
expect_empty out

# Both at once, in parallel: the same findings.
expect_status 1 "$OWNCK" -j 2 "$TMP/big.c" "$TMP/big_clean.c"
expect_ndiags out 1

finish
