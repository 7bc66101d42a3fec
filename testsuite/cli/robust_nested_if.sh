#!/bin/sh
# 10,000 nested "if (x)" statements (no braces) around the second free of an
# OWNED value: no crash (deep recursion in the parser and in the analyzer),
# exit 1, and the double free is reported at its line. clang itself needs
# more than 8 MiB of stack for this, so the tool must provide it.
. "$ROOT/testsuite/cli/lib.sh"

gen() {   # gen DEPTH FILE [clean]
	awk -v n="$1" -v clean="${3:-}" 'BEGIN {
		print "#include <ownck.h>"
		print "#include <stdlib.h>"
		print ""
		print "void f(int x)"
		print "{"
		print "    OWNED char *p = malloc(8);"
		print "    if (!p)"
		print "        return;"
		print "    free(p);"
		for (i = 0; i < n; i++)
			print "    if (x)"
		if (clean == "clean")
			print "    x = 0;"
		else
			print "    free(p);"
		print "}"
	}' >"$2"
}

gen 10000 "$TMP/nested_if.c"
L=$((9 + 10000 + 1))        # the line of the innermost free
[ "$(sed -n "${L}p" "$TMP/nested_if.c")" = "    free(p);" ] || fail "test generator: line $L is not the second free"

expect_status 1 "$OWNCK" "$TMP/nested_if.c"
expect_match out "nested_if\\.c:$L:5: error: .* \\[double-free\\]\$"
expect_match out "nested_if\\.c:9:5: note: "
expect_ndiags out 1
expect_last_line out '1 error generated.'

# The same in JSON.
expect_status 1 "$OWNCK" --format=json "$TMP/nested_if.c"
L=$L json_check "nested ifs in JSON" '
got = [(x["rule"], x["location"]["line"]) for x in d["diagnostics"]]
assert got == [("double-free", int(os.environ["L"]))], got'

# Without the second free: no finding, exit 0.
gen 10000 "$TMP/nested_if_clean.c" clean
expect_status 0 "$OWNCK" "$TMP/nested_if_clean.c"
expect_ndiags out 0

finish
