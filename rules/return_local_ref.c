/*
 * return-local-ref (E0515, CWE-562): returning the address of a local (a
 * variable, an array, a by-value parameter, a compound literal, or a
 * pointer derived from one), or storing it through an out-parameter or into
 * a global and still there when the function returns: the pointer outlives
 * the storage it points to. No annotations needed; always an error (7.45).
 */
#include "rules.h"

void check_return_local_ref(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_RETURN_LOCAL) continue;
		bool named = f->local && f->local_at.line;   /* else a compound literal, or one of several locals */
		const char *what = !f->local ? "a compound literal"
		                   : named ? arena_printf(&c->u->arena, "local '%s'", f->local) : f->local;
		Diag *d;
		if (f->stored_in)
			d = rule_report(c, R_RETURN_LOCAL_REF, SEV_ERROR, f->at, f->function,
			                "storing the address of %s in '%s', which outlives it", what, f->stored_in);
		else
			d = rule_report(c, R_RETURN_LOCAL_REF, SEV_ERROR, f->at, f->function,
			                "returning the address of %s, which ends when the function returns", what);
		if (f->local_at.line) rule_note(c, d, f->local_at, "'%s' is declared here", f->local ? f->local : "the literal");
		if (f->has_end)
			rule_note(c, d, f->end_at, "the function returns here with the address still in '%s'", f->stored_in)->after = true;
	}
	/* a returned struct that borrows a local (return iter_new(&l)): the borrow checker's */
	for (int i = 0; i < c->loan_facts->len; i++) {
		const LoanFact *f = &VEC_AT(c->loan_facts, LoanFact, i);
		if (f->kind != LF_RETURN_LOCAL) continue;
		Diag *d = rule_report(c, R_RETURN_LOCAL_REF, SEV_ERROR, f->at, f->function,
		                      "returning a value that borrows local '%s', which ends when the function returns",
		                      f->what);
		rule_note(c, d, f->loan_at, "'%s' is declared here", f->what);
	}
}
