#!/bin/sh
# Expressions and statements nested 100,000 levels deep without brackets (so
# clang's bracket limit does not stop them, see robust_nesting.sh): a chain
# of + (deep to the left), of ?: and of commas (deep to the right), 100,000
# labels on one statement, and a pointer declarator and dereference of 10,000
# stars. Each function is skipped quickly with ownck's "nest more than"
# warning, and the other function of the file is still analyzed. (Lowering
# found the depth only after clang had walked each level down to the end of
# the chain: quadratic, up to a minute for each of these; hence the timeouts.)
. "$ROOT/testsuite/cli/lib.sh"

python3 - "$TMP" <<'PY'
import sys
tmp, n = sys.argv[1], 100000
bodies = {
    "plus": "    return x" + " + x" * n + ";\n",
    "ternary": "    return " + "x ? x : " * n + "x;\n",
    "comma": "    return (x" + ", x" * n + ");\n",
    "labels": "".join("l%d:\n" % i for i in range(n)) + "    return x;\n",
    "stars": "    int " + "*" * 10000 + "p = 0;\n    return p ? " + "*" * 10000 + "p : x;\n",
}
bug = ("#include <stdlib.h>\n"
       "void other(void)\n{\n    char *p = malloc(1);\n    free(p);\n    free(p);   /* BUG double-free */\n}\n")
for name, body in bodies.items():
    with open("%s/%s.c" % (tmp, name), "w") as f:
        f.write(bug + "int deep(int x)\n{\n" + body + "}\n")
PY

for f in plus ternary comma labels stars; do
	L=$(line_of "$TMP/$f.c" 'BUG double-free')
	expect_status 0 timeout 20 "$OWNCK" "$TMP/$f.c"
	expect_diag out "$TMP/$f.c" "$L" warning double-free
	expect_ndiags out 1
	expect_contains err "function 'deep' in '$TMP/$f.c' was not analyzed: its statements and expressions nest more than 20000 levels deep"
done

# In JSON, and the files together, in parallel.
expect_status 0 timeout 40 "$OWNCK" --format=json -j 2 "$TMP/plus.c" "$TMP/ternary.c" "$TMP/comma.c"
json_check_shape "deep chains"
json_check "deep chains in JSON" '
assert [x["rule"] for x in d["diagnostics"]] == ["double-free"] * 3, d["diagnostics"]
assert d["errors"] == [] and d["stats"]["functions"] == 6, d'

finish
