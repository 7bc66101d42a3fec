#!/bin/sh
# --enable=RULE,... / --disable=RULE,...: a disabled rule's findings are not
# reported (nor relabelled as another rule), the status follows; an unknown
# rule name is bad usage (exit 2, stderr names it).
. "$ROOT/testsuite/cli/lib.sh"

F=$DATA/three_rules.c
UAM=$(line_of "$F" 'BUG use-after-move')
UAF=$(line_of "$F" 'BUG use-after-free')
DF=$(line_of "$F" 'BUG double-free')

# All three by default.
expect_status 1 "$OWNCK" "$F"
expect_ndiags out 3

# --disable=use-after-free: that finding is gone, nothing else is reported at
# its line, the others stay.
expect_status 1 "$OWNCK" --disable=use-after-free "$F"
expect_not_contains out '[use-after-free]'
expect_no_diag_at out "$F" "$UAF"
expect_diag out "$F" "$UAM" error use-after-move
expect_diag out "$F" "$DF" error double-free
expect_ndiags out 2
expect_last_line out '2 errors generated.'

# A comma-separated list.
expect_status 1 "$OWNCK" --disable=use-after-free,double-free "$F"
expect_ndiags out 1
expect_diag out "$F" "$UAM" error use-after-move
# All of them: nothing left, status 0.
expect_status 0 "$OWNCK" --disable=use-after-free,double-free,use-after-move "$F"
expect_ndiags out 0
# The option given twice adds up.
expect_status 0 "$OWNCK" --disable=use-after-free --disable=double-free,use-after-move "$F"
expect_ndiags out 0

# Disabling a rule with no findings changes nothing.
run "$OWNCK" "$F"
save all
expect_status 1 "$OWNCK" --disable=annotation-misuse "$F"
expect_same "$TMP/all" "$OUT" "--disable of a rule without findings"

# Only a use-after-free, disabled: status 0 (and 0 findings in JSON).
W=$DATA/warn_only.c
expect_status 0 "$OWNCK" --werror --disable=use-after-free,double-free "$W"
expect_ndiags out 0
expect_status 0 "$OWNCK" --format=json --disable=use-after-free "$W"
json_check "JSON after --disable=use-after-free" '
assert [x["rule"] for x in d["diagnostics"]] == ["double-free"], d["diagnostics"]
assert d["stats"]["diagnostics"] == 1, d["stats"]'

# --enable of a rule keeps its findings.
expect_status 1 "$OWNCK" --enable=use-after-move "$F"
expect_diag out "$F" "$UAM" error use-after-move
expect_status 1 "$OWNCK" --enable=use-after-move,double-free "$F"
expect_diag out "$F" "$UAM" error use-after-move
expect_diag out "$F" "$DF" error double-free

# Unknown rule names: 2, named on stderr, no analysis output.
expect_status 2 "$OWNCK" --disable=no-such-rule "$F"
expect_contains err 'no-such-rule'
expect_ndiags out 0
expect_status 2 "$OWNCK" --enable=no-such-rule "$F"
expect_contains err 'no-such-rule'
expect_status 2 "$OWNCK" --disable=use-after-free,bogus-rule-name "$F"
expect_contains err 'bogus-rule-name'
expect_status 2 "$OWNCK" --enable=double-free,another-bogus-rule "$F"
expect_contains err 'another-bogus-rule'
# Rule ids are case-sensitive kebab-case: a near miss is unknown too.
expect_status 2 "$OWNCK" --disable=use_after_free "$F"
expect_contains err 'use_after_free'

finish
