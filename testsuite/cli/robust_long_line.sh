#!/bin/sh
# Lines of 10 MB: a 10 MB comment and a 10 MB string literal between a free
# and the bug, on one line. The finding is reported at its column (past
# 10,000,000) in text, JSON and SARIF (whose columns count characters, here
# the same), with the source line printed whole as GCC does; no crash, no hang.
. "$ROOT/testsuite/cli/lib.sh"

python3 - "$TMP" <<'PY'
import sys
tmp, n = sys.argv[1], 10_000_000
with open(tmp + "/comment.c", "w") as f:
    f.write("#include <stdlib.h>\nvoid f(void) { char *p = malloc(4); free(p); /* " + "a" * n + " */ free(p); }\n")
with open(tmp + "/string.c", "w") as f:
    f.write("#include <stdlib.h>\n#include <string.h>\n"
            "size_t g(void) { char *p = malloc(4); free(p); return strlen(\"" + "b" * n + "\") + (size_t)p[0]; }\n")
PY
C1=$(awk 'NR == 2 { print index($0, "*/ free(p)") + 3 }' "$TMP/comment.c")
C2=$(awk 'NR == 3 { print index($0, "p[0]") }' "$TMP/string.c")
[ "$C1" -gt 10000000 ] && [ "$C2" -gt 10000000 ] || fail "test generator: columns $C1 $C2"

# Text: the diagnostic at its column; the 10 MB line is printed whole.
expect_status 0 timeout 60 "$OWNCK" "$TMP/comment.c"
expect_diag out "$TMP/comment.c" 2 warning double-free "$C1"
expect_ndiags out 1
expect_status 0 timeout 60 "$OWNCK" "$TMP/string.c"
expect_diag out "$TMP/string.c" 3 warning use-after-free "$C2"
expect_ndiags out 1
[ "$(wc -c <"$OUT")" -gt 10000000 ] || fail "the 10 MB source line is not in the text output"

# JSON and SARIF: the same place.
expect_status 0 timeout 60 "$OWNCK" --format=json "$TMP/comment.c"
json_check_shape "10 MB line"
C=$C1 json_check "10 MB line in JSON" '
l = d["diagnostics"][0]["location"]
assert (d["diagnostics"][0]["rule"], l["line"], l["column"]) == ("double-free", 2, int(os.environ["C"])), l'
expect_status 0 timeout 60 "$OWNCK" --format=sarif "$TMP/string.c"
C=$C2 json_check "10 MB line in SARIF" '
r = d["runs"][0]["results"]
assert len(r) == 1 and r[0]["ruleId"] == "use-after-free", r
reg = r[0]["locations"][0]["physicalLocation"]["region"]
assert (reg["startLine"], reg["startColumn"]) == (3, int(os.environ["C"])), reg'

finish
