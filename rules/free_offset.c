/*
 * free-offset (CWE-761): releasing a pointer that does not point to the start
 * of its allocation: free(p + 1), or p after p++ (7.9). Constant offsets are
 * followed, so p++ then p-- is back at the start (7.38).
 */
#include "rules.h"

void check_free_offset(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_FREE_OFFSET) continue;
		Diag *d = rule_report(c, R_FREE_OFFSET, f->strict ? SEV_ERROR : SEV_WARNING, f->at, f->function,
		                      "'%s' releases '%s', which does not point to the start of its allocation",
		                      f->callee, f->what);
		if (f->has_value && f->value_inside)
			rule_note(c, d, f->value_at, "'%s' set here to a member's address, inside the allocation", f->what);
		else if (f->has_value)
			rule_note(c, d, f->value_at, "'%s' advanced here", f->what);
	}
}
