/*
 * leak (CWE-401): an owned value is lost on some path without being released
 * or moved: its last owner's scope ends (at the `}` the path falls off, the
 * `return`, or the jump that leaves it, 7.14), its only owner is overwritten,
 * an OWNED result is discarded (7.13), the struct holding it in an OWNED field
 * is released (7.15), or its owner is handed to an OUT_OWNED parameter (7.19).
 */
#include "rules.h"

static const char *path_words(const OwnFact *f) {
	if (f->path_pointer) return f->path_true ? "is not NULL" : "is NULL";
	return f->path_true ? "is true" : "is false";
}

void check_leak(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_LEAK) continue;
		Severity sev = f->strict ? SEV_ERROR : SEV_WARNING;
		Diag *d;
		switch (f->leak) {
		case LEAK_OVERWRITE:
			d = rule_report(c, R_LEAK, sev, f->at, f->function,
			                "leak of '%s': it is overwritten while it still owns its memory", f->what);
			break;
		case LEAK_DISCARDED:
			d = rule_report(c, R_LEAK, sev, f->at, f->function, "leak of the value returned by '%s'",
			                f->callee ? f->callee : "the call");
			break;
		case LEAK_FIELD:
			d = rule_report(c, R_LEAK, sev, f->at, f->function,
			                "leak of '%s': '%s' is released while it still owns it", f->what, f->owner);
			break;
		case LEAK_OUT_PARAM:
			d = rule_report(c, R_LEAK, sev, f->at, f->function,
			                "leak of '%s': '&%s' is passed to an OUT_OWNED parameter while it still owns its memory",
			                f->what, f->what);
			break;
		default:
			if (f->path) {
				d = rule_report(c, R_LEAK, sev, f->at, f->function, "leak of '%s' when '%s' %s", f->what,
				                f->path, path_words(f));
			} else {
				d = rule_report(c, R_LEAK, sev, f->at, f->function, "leak of '%s'", f->what);
			}
			break;
		}
		if (f->has_alloc && f->alloc_by && f->leak != LEAK_DISCARDED && f->alloc_into)
			rule_note(c, d, f->alloc_at, "allocated here by '%s' into '%s', then held by '%s'", f->alloc_by,
			          f->alloc_into, f->what);
		else if (f->has_alloc && f->alloc_by && f->leak != LEAK_DISCARDED)
			rule_note(c, d, f->alloc_at, "'%s' allocated here by '%s'", f->what, f->alloc_by);
		else if (f->has_alloc && f->leak == LEAK_DISCARDED)
			rule_note(c, d, f->alloc_at, "allocated here by '%s' and never stored", f->alloc_by);
		else if (f->has_alloc)
			rule_note(c, d, f->alloc_at, "'%s' is an OWNED parameter: this function must release or move it",
			          f->what);
		if (f->has_alloc) note_allocator_elsewhere(c, d, f->alloc_call);
		if (f->path) rule_note(c, d, f->path_at, "the leaking path: '%s' %s", f->path, path_words(f));
	}
}
