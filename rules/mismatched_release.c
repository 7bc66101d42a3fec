/*
 * mismatched-release (CWE-762): a value released by a function that does not
 * release that kind of value: fopen'd then free'd, malloc'd then fclose'd.
 * Which function may release what an allocator returns comes from the models
 * (RELEASED_BY); afterwards the value counts as released (7.33).
 */
#include "rules.h"

void check_mismatched_release(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_MISMATCHED) continue;
		Diag *d = rule_report(c, R_MISMATCHED_RELEASE, f->strict ? SEV_ERROR : SEV_WARNING, f->at, f->function,
		                      "'%s' was allocated by '%s' and must be released by '%s', not '%s'", f->what,
		                      f->alloc_by, f->expected, f->callee);
		if (f->has_alloc) rule_note(c, d, f->alloc_at, "allocated here by '%s'", f->alloc_by);
	}
}
