/*
 * double-free (E0382, CWE-415): a release (free, fclose, a model
 * deallocator, realloc's success path) of a value that was released, or
 * moved, on some path. free(NULL) and `free(p); p = NULL; free(p);` are fine.
 */
#include "rules.h"

void check_double_free(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_RELEASE_AGAIN) continue;
		Diag *d = f->released_before
			? rule_report(c, R_DOUBLE_FREE, f->strict ? SEV_ERROR : SEV_WARNING, f->at, f->function,
			              "double free of '%s'", f->what)
			: rule_report(c, R_DOUBLE_FREE, f->strict ? SEV_ERROR : SEV_WARNING, f->at, f->function,
			              "release of moved value '%s'", f->what);
		note_sites(c, d, f, true);
	}
}
