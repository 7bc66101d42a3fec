/*
 * use-after-move (E0382): an owned value is used after it was moved into an
 * OWNED parameter, variable, field or return on some path, and not assigned
 * again. A move of a NULL value moves nothing.
 */
#include "rules.h"

void check_use_after_move(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_USE_MOVED) continue;
		Diag *d = rule_report(c, R_USE_AFTER_MOVE, f->strict ? SEV_ERROR : SEV_WARNING, f->at, f->function,
		                      "%s of moved value '%s'", f->how == HOW_BORROW ? "borrow" : "use", f->what);
		note_sites(c, d, f, false);
	}
}
