#!/bin/sh
# Macros that expand to 100,000 tokens and more: a flat one (an initializer
# of 50,000 numbers), one built by doubling (M15 expands to 32,768 x's, and
# ownck's own re-expansion of macros, which classifies the operators, walks
# all 130,000 tokens), and a bug inside a function-like macro used beside
# them. No crash, no hang; the bug is still found.
. "$ROOT/testsuite/cli/lib.sh"

python3 - "$TMP" <<'PY'
import sys
tmp = sys.argv[1]
with open(tmp + "/macros.c", "w") as f:
    f.write("#include <stdlib.h>\n")
    f.write("#define BIG {" + ", ".join(["1"] * 50000) + "}\n")
    f.write("#define M0 x\n" + "".join("#define M%d (M%d + M%d)\n" % (i, i - 1, i - 1) for i in range(1, 16)))
    f.write("#define RELEASE_TWICE(p) do { free(p); free(p); } while (0)\n")
    f.write("int flat(int i) { static const int t[] = BIG; return t[i]; }\n")
    f.write("int doubled(int x) { return M15; }\n")
    f.write("void twice(void) { char *p = malloc(1); RELEASE_TWICE(p); }   /* BUG double-free */\n")
PY
L=$(line_of "$TMP/macros.c" 'BUG double-free')

expect_status 0 timeout 60 "$OWNCK" "$TMP/macros.c"
expect_diag out "$TMP/macros.c" "$L" warning double-free
expect_ndiags out 1
expect_empty err
expect_status 0 timeout 60 "$OWNCK" --format=json "$TMP/macros.c"
json_check_shape "huge macros"
json_check "huge macros in JSON" '
assert [x["rule"] for x in d["diagnostics"]] == ["double-free"], d["diagnostics"]
assert d["stats"]["functions"] == 3, d["stats"]'

finish
