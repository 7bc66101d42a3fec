/*
 * missing-lifetime (E0106): a function returns a borrow, says nothing of its
 * lifetime, and elision cannot decide: it has no BORROW / BORROW_MUT
 * parameter, or several (7.27). LIFETIME(static) settles it too. Reported at
 * the declaration, with a note showing how to write it.
 */
#include "rules.h"

void check_missing_lifetime(RuleCtx *c) {
	for (int i = 0; i < c->u->annot_decls.len; i++) {
		const AnnotDecl *d = &VEC_AT(&c->u->annot_decls, AnnotDecl, i);
		if (d->kind != DK_FUNCTION) continue;
		bool borrow = false, lifetime = false;
		for (int k = 0; k < d->nuses; k++) {
			if (d->uses[k].mode == MODE_BORROW || d->uses[k].mode == MODE_BORROW_MUT) borrow = true;
			if (d->uses[k].lifetime) lifetime = true;
		}
		if (!borrow || lifetime || d->nborrow_params == 1) continue;
		Diag *r = rule_report(c, R_MISSING_LIFETIME, SEV_ERROR, d->at, NULL,
		                      "'%s' returns a borrow, but %s: missing lifetime", d->name,
		                      d->nborrow_params ? "it has several borrowed parameters to borrow from"
		                                        : "it has no borrowed parameter to borrow from");
		if (d->nborrow_params)
			rule_note(c, r, d->at, "say which one: LIFETIME(a) on '%s' and on the parameter it borrows from", d->name);
		else
			rule_note(c, r, d->at, "if it returns static data, write LIFETIME(static) on '%s'", d->name);
	}
}
