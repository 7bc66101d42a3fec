/*
 * borrow-outlives-owner (E0597, CWE-562): the address of a block-scoped
 * local is kept in a pointer that is used after the block ends. Reported at
 * the borrow, with the end of the local's scope and the later use as notes,
 * as rustc's "does not live long enough". No annotations needed.
 */
#include "rules.h"

static bool reported_by_ownership(const RuleCtx *c, SrcRange at) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind == FACT_DANGLING && f->at.line == at.line && f->at.col == at.col && f->at.file == at.file)
			return true;
	}
	return false;
}

void check_borrow_outlives_owner(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_DANGLING) continue;
		Diag *d = rule_report(c, R_BORROW_OUTLIVES_OWNER, SEV_ERROR, f->at, f->function,
		                      "'%s' does not live long enough: '%s' still points to it after its scope ends", f->local,
		                      f->what);
		/* the primary is the borrow; both notes come after it in the story */
		if (f->has_end) rule_note(c, d, f->end_at, "'%s' goes out of scope here", f->local)->after = true;
		if (f->has_value) rule_note(c, d, f->value_at, "'%s' is used here, after that", f->what)->after = true;
	}
	/* structs that hold the borrow in a field (an iterator, 7.43): the borrow checker's */
	for (int i = 0; i < c->loan_facts->len; i++) {
		const LoanFact *f = &VEC_AT(c->loan_facts, LoanFact, i);
		if (f->kind != LF_DEAD_WHILE || reported_by_ownership(c, f->at)) continue;
		const char *who = f->has_later ? f->later_by : arena_printf(&c->u->arena, "'%s'", f->loan_by);
		Diag *d = rule_report(c, R_BORROW_OUTLIVES_OWNER, SEV_ERROR, f->at, f->function,
		                      "'%s' does not live long enough: %s still borrows it after its scope ends", f->what, who);
		rule_note(c, d, f->loan_at, "'%s' goes out of scope here", f->what)->after = true;
		if (f->has_later) rule_note(c, d, f->later_at, "%s is used here, after that", f->later_by)->after = true;
	}
}
