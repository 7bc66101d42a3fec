/*
 * lifetime-mismatch (E0621/E0623): the borrow a function returns must come
 * from an argument with the lifetime the function declares (or, by elision,
 * from its only borrowed parameter), or be static data. Found where the
 * returned value provably comes from another borrowed parameter.
 */
#include "rules.h"

void check_lifetime_mismatch(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_LIFETIME) continue;
		Diag *d;
		if (f->ret_lt && f->ret_lt[0])
			d = rule_report(c, R_LIFETIME_MISMATCH, SEV_ERROR, f->at, f->function,
			                "returning '%s', which borrows from parameter '%s'%s%s%s, but the result has lifetime '%s'",
			                f->what, f->param, f->param_lt ? " (lifetime '" : "", f->param_lt ? f->param_lt : "",
			                f->param_lt ? "')" : "", f->ret_lt);
		else
			d = rule_report(c, R_LIFETIME_MISMATCH, SEV_ERROR, f->at, f->function,
			                "returning '%s', which borrows from parameter '%s', but by elision the result borrows from '%s'",
			                f->what, f->param, f->expected ? f->expected : "?");
		rule_note(c, d, f->param_at, "'%s' is declared here%s%s%s", f->param, f->param_lt ? " with lifetime '" : "",
		          f->param_lt ? f->param_lt : "", f->param_lt ? "'" : "");
		rule_note(c, d, f->fn_at, "the result of '%s' is declared here", f->function);
	}
}
