#!/bin/sh
# // ownck-ignore: RULE[, RULE]: on the line of the finding (after code) or
# alone on the line before it, in // or /* */ comments that it opens, with a
# reason after the names; never from a string literal, the middle of a
# comment, a line further up or a note's line;
# unknown rule names are reported (unknown-suppression, a warning, with a
# "did you mean"), and --report-unused-suppressions lists the names that hid
# nothing (unused-suppression), except for rules that were not checked.
. "$ROOT/testsuite/cli/lib.sh"

F=$DATA/suppress/suppress.c
L() { line_of "$F" "$1"; }

expect_status 1 "$OWNCK" "$F"
expect_empty err
expect_gcc_shape out
save plain
# hidden
for m in HIDDEN-1 HIDDEN-2 HIDDEN-3 HIDDEN-4; do
	expect_no_diag_at out "$F" "$(L "$m")"
done
# shown
expect_diag out "$F" "$(L SHOWN-1)" error use-after-free
expect_diag out "$F" "$(L SHOWN-2)" error use-after-free
expect_diag out "$F" "$(L SHOWN-3)" error use-after-free
expect_diag out "$F" "$(L SHOWN-4)" error use-after-free
expect_diag out "$F" "$(L SHOWN-6)" error use-after-free
# unknown names: reported where they are written, with a suggestion
T=$(L TYPO)
expect_diag out "$F" "$T" error use-after-free
expect_diag out "$F" "$T" warning unknown-suppression "$(col_of "$F" "$T" 'use-after-fre ')"
expect_contains out "unknown rule 'use-after-fre' in ownck-ignore; did you mean 'use-after-free'? [unknown-suppression]"
expect_diag out "$F" "$(L EMPTY)" warning unknown-suppression
expect_contains out "'ownck-ignore:' names no rule [unknown-suppression]"
# without the flag, no unused-suppression
expect_not_contains out '[unused-suppression]'
expect_ndiags out 8
expect_last_line out '6 errors and 2 warnings generated.'

# --report-unused-suppressions: the names that hid nothing, where written.
expect_status 1 "$OWNCK" --report-unused-suppressions "$F"
expect_gcc_shape out
expect_diag out "$F" "$(L SHOWN-1)" warning unused-suppression "$(col_of "$F" "$(L SHOWN-1)" 'double-free')"
expect_contains out "unused suppression: no 'double-free' finding on this line [unused-suppression]"
expect_diag out "$F" "$(L UNUSED-FAR)" warning unused-suppression
expect_contains out "unused suppression: no 'use-after-free' finding on the next line [unused-suppression]"
expect_diag out "$F" "$(L UNUSED-NOTE)" warning unused-suppression
expect_diag out "$F" "$(L HIDDEN-3)" warning unused-suppression "$(col_of "$F" "$(L HIDDEN-3)" 'leak,')"
expect_count out 'unused-suppression\]$' 4
# the ones that did hide something are not unused
expect_no_diag_at out "$F" "$(L HIDDEN-1)"
expect_no_diag_at out "$F" "$(L HIDDEN-2)"
expect_no_diag_at out "$F" "$(L HIDDEN-4)"

# A suppression naming a rule that was not checked is not "unused".
expect_status 1 "$OWNCK" --report-unused-suppressions --disable=double-free "$F"
expect_not_contains out "no 'double-free' finding"
expect_contains out "no 'leak' finding"

# ownck's own rules can be disabled like any other, and are warnings: alone
# they leave the status 0, with --werror 1.
expect_status 1 "$OWNCK" --disable=unknown-suppression "$F"
expect_not_contains out '[unknown-suppression]'
mkdir "$TMP/w"
cat >"$TMP/w/only.c" <<'C'
#include <stdlib.h>
void f(void)
{
    char *p = malloc(4);
    free(p);                    // ownck-ignore: dobule-free
}
C
run_in "$TMP/w" "$OWNCK" only.c
expect_status 0
expect_diag out only.c 5 warning unknown-suppression
expect_contains out "did you mean 'double-free'?"
run_in "$TMP/w" "$OWNCK" --werror only.c
expect_status 1
run_in "$TMP/w" "$OWNCK" --report-unused-suppressions only.c
expect_status 0
expect_not_contains out '[unused-suppression]'   # an unknown name is not also "unused"

# JSON and SARIF agree: the same findings are hidden.
expect_status 1 "$OWNCK" --format=json --report-unused-suppressions "$F"
json_check_shape "suppressions"
json_check "suppressions in JSON" '
rules = [x["rule"] for x in d["diagnostics"]]
assert rules.count("use-after-free") == 6, rules
assert rules.count("unused-suppression") == 4 and rules.count("unknown-suppression") == 2, rules
u = [x for x in d["diagnostics"] if x["rule"] == "unknown-suppression"][0]
assert u["severity"] == "warning" and u["rust_code"] is None and u["cwe"] is None and u["notes"] == [], u'
expect_status 1 "$OWNCK" --format=sarif --report-unused-suppressions "$F"
json_check "suppressions in SARIF" '
res = d["runs"][0]["results"]
rules = d["runs"][0]["tool"]["driver"]["rules"]
assert sorted(set(r["ruleId"] for r in res)) == ["unknown-suppression", "unused-suppression", "use-after-free"], res
for r in res:
    assert rules[r["ruleIndex"]]["id"] == r["ruleId"], r
assert len(res) == 12, len(res)'

# Listed and explained like the analysis rules.
run "$OWNCK" --list-rules
expect_match out '^unknown-suppression '
expect_match out '^unused-suppression '
expect_status 0 "$OWNCK" --explain unused-suppression
expect_match out '^# unused-suppression'

finish
