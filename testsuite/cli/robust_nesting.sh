#!/bin/sh
# 10,000 nested { blocks and 10,000 nested parentheses: clang stops at its
# bracket nesting limit; ownck exits 2 with clang's "bracket nesting level
# exceeded" error, never crashes, and still analyzes the other files.
. "$ROOT/testsuite/cli/lib.sh"

python3 -c '
n = 10000
with open("'"$TMP"'/braces.c", "w") as f:
    f.write("void f(void)\n{\n" + "{" * n + "\n" + "}" * n + "\n}\n")
with open("'"$TMP"'/parens.c", "w") as f:
    f.write("int g(int x)\n{\n    return " + "(" * n + "x" + ")" * n + ";\n}\n")
with open("'"$TMP"'/brackets.c", "w") as f:
    f.write("int a[1];\nint h(void)\n{\n    return " + "a[" * n + "0" + "]" * n + ";\n}\n")
'

for f in braces parens brackets; do
	expect_status 2 "$OWNCK" "$TMP/$f.c"
	expect_contains err 'bracket nesting level exceeded'
	expect_ndiags out 0
done

# Beside a file with a finding: that one is still reported.
F=$DATA/move_use.c
L=$(line_of "$F" 'BUG use-after-move')
expect_status 2 "$OWNCK" "$TMP/braces.c" "$F" "$TMP/parens.c"
expect_diag out "$F" "$L" error use-after-move
expect_contains err 'bracket nesting level exceeded'

# JSON: both files in "errors", with clang's message.
expect_status 2 "$OWNCK" --format=json "$TMP/braces.c" "$TMP/parens.c"
json_check_shape "nesting"
json_check "nesting errors in JSON" '
assert len(d["errors"]) == 2, d["errors"]
for e in d["errors"]:
    assert any("bracket nesting level exceeded" in s for s in e["clang"]), e'

# 250 levels is under the limit: parses, no finding.
python3 -c '
n = 250
with open("'"$TMP"'/ok.c", "w") as f:
    f.write("int g(int x)\n{\n    " + "{" * n + " x = " + "(" * n + "x + 1" + ")" * n + "; " + "}" * n + "\n    return x;\n}\n")
'
expect_status 0 "$OWNCK" "$TMP/ok.c"
expect_empty out

finish
