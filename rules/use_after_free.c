/*
 * use-after-free (E0382, CWE-416): a value is dereferenced, passed, stored,
 * returned or borrowed after it was released on some path. On values whose
 * ownership ownck inferred (unannotated malloc memory) it is a warning.
 */
#include "rules.h"

void check_use_after_free(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_USE_RELEASED) continue;
		Diag *d = rule_report(c, R_USE_AFTER_FREE, f->strict ? SEV_ERROR : SEV_WARNING, f->at, f->function,
		                      "use of '%s' after it was released", f->what);
		note_sites(c, d, f, false);
	}
}
