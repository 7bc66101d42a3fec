#!/bin/sh
# --write-baseline FILE records today's findings by content (rule, file,
# function, a hash of the code at the finding), not by line: --baseline FILE
# then hides them after unrelated lines are inserted above them and from
# another current directory, while a new finding of the same rule in the same
# function, even on an identical-looking line, is still reported.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/proj
mkdir -p "$P/src"
cat >"$P/src/a.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;
}

void g(int n)
{
    char *p = malloc(16);
    if (n > 3)
        return;
    free(p);
}
C
cp "$P/src/a.c" "$TMP/a.orig.c"

# Today: two findings.
run_in "$P" "$OWNCK" src/a.c
expect_status 1
expect_ndiags out 2

# Record them: nothing is reported, the status is 0, stderr says how many.
run_in "$P" "$OWNCK" --write-baseline base.json src/a.c
expect_status 0
expect_ndiags out 0
expect_contains err "recorded 2 findings in the baseline 'base.json'"
[ -f "$P/base.json" ] || fail "--write-baseline did not write base.json"
ls "$P" | grep -q '\.tmp\.' && fail "a temporary file was left behind"
cp "$P/base.json" "$OUT"
json_check "baseline file" '
assert d["version"] == 1 and d["tool"] == "ownck", d
f = d["findings"]
assert [(x["rule"], x["file"], x["function"]) for x in f] == [("use-after-free", "src/a.c", "f"), ("leak", "src/a.c", "g")], f
for x in f:
    assert list(x) == ["rule", "file", "function", "code", "message"], x
    assert re.fullmatch(r"[0-9a-f]{16}", x["code"]), x
assert "line" not in text, "the baseline must not depend on line numbers"'

# The baseline hides them.
run_in "$P" "$OWNCK" --baseline base.json src/a.c
expect_status 0
expect_ndiags out 0
expect_empty out

# Unrelated lines inserted above, comments and spacing changed on the
# finding's line: still hidden.
{ printf '#include <stdio.h>\n/* a new comment */\n\nint unrelated(int x)\n{\n    return x + 1;\n}\n\n'; cat "$TMP/a.orig.c"; } |
	sed 's|    buf\[0\] = 1;|    buf[0]  =  1;   /* still the old bug */|' >"$P/src/a.c"
run_in "$P" "$OWNCK" src/a.c
expect_status 1
expect_diag out src/a.c 18 error use-after-free   # 8 lines further down
run_in "$P" "$OWNCK" --baseline base.json src/a.c
expect_status 0
expect_ndiags out 0

# From another directory, with other paths to the same files.
run_in "$TMP" "$OWNCK" --baseline proj/base.json proj/src/a.c
expect_status 0
expect_ndiags out 0
run "$OWNCK" --baseline "$P/base.json" "$P/src/a.c"
expect_status 0
expect_ndiags out 0

# A new finding of the same rule in the same function is reported ...
sed 's|^    buf\[0\]  =  1;   /\* still the old bug \*/|&\n    OWNED char *b2 = malloc(8);\n    if (!b2)\n        return;\n    free(b2);\n    b2[0] = 1;   /* NEW-1 */|' \
	"$P/src/a.c" >"$P/src/a2.c" && mv "$P/src/a2.c" "$P/src/a.c"
run_in "$P" "$OWNCK" --baseline base.json src/a.c
expect_status 1
expect_ndiags out 1
expect_diag out src/a.c "$(line_of "$P/src/a.c" NEW-1)" error use-after-free

# ... and so is one whose code looks exactly like a recorded one (a second
# "return;" leaking p in g): the baseline counts occurrences.
sed 's|^    if (n > 3)$|    if (n > 5)\n        return;   /* NEW-2 */\n&|' "$P/src/a.c" >"$P/src/a2.c" && mv "$P/src/a2.c" "$P/src/a.c"
run_in "$P" "$OWNCK" src/a.c
expect_count out '\[leak\]$' 2
run_in "$P" "$OWNCK" --baseline base.json src/a.c
expect_status 1
expect_ndiags out 2
expect_count out '\[leak\]$' 1
expect_count out '\[use-after-free\]$' 1

# The same in JSON and SARIF.
run_in "$P" "$OWNCK" --format=json --baseline base.json src/a.c
json_check "JSON with a baseline" '
assert sorted(x["rule"] for x in d["diagnostics"]) == ["leak", "use-after-free"], d["diagnostics"]
assert d["stats"]["diagnostics"] == 2, d["stats"]'
run_in "$P" "$OWNCK" --format=sarif --baseline base.json src/a.c
json_check "SARIF with a baseline" 'assert len(d["runs"][0]["results"]) == 2, d["runs"][0]["results"]'

# A fixed finding leaves its entry unused, which is fine.
cp "$TMP/a.orig.c" "$P/src/a.c"
sed -i 's|^    buf\[0\] = 1;$|    (void)0;|' "$P/src/a.c"
run_in "$P" "$OWNCK" --baseline base.json src/a.c
expect_status 0
expect_ndiags out 0

# --stats says what the baseline hid.
cp "$TMP/a.orig.c" "$P/src/a.c"
run_in "$P" "$OWNCK" --stats --baseline base.json src/a.c
expect_contains err '2 in the baseline'

# A missing or broken baseline is an error (status 2), before any analysis.
run_in "$P" "$OWNCK" --baseline nope.json src/a.c
expect_status 2
expect_contains err "baseline 'nope.json'"
expect_ndiags out 0
printf '{"findings": [{"rule": 1}]}' >"$P/bad.json"
run_in "$P" "$OWNCK" --baseline bad.json src/a.c
expect_status 2
expect_contains err "bad.json"
printf 'not json' >"$P/bad.json"
run_in "$P" "$OWNCK" --baseline bad.json src/a.c
expect_status 2
expect_contains err "not an ownck baseline"
# An unwritable one too.
run_in "$P" "$OWNCK" --write-baseline /nonexistent-dir/b.json src/a.c
expect_status 2
expect_contains err "/nonexistent-dir/b.json"

finish
