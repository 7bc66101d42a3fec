/*
 * The wording shared by the borrow rules (rustc's, for a C reader): the
 * conflicting action, where the earlier borrow was created, and the later
 * use that keeps it alive.
 */
#include <string.h>
#include "rules.h"

static const char *kind_word(bool mut) { return mut ? "mutable" : "shared"; }

static Diag *headline(RuleCtx *c, const LoanFact *f, RuleId rule) {
	const char *in = f->detail && f->kind != LF_WRITE_SHARED && f->kind != LF_MOVE_OUT
		? arena_printf(&c->u->arena, " (for %s)", f->detail) : "";
	switch (f->kind) {
	case LF_MUT_MUT:
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot borrow '%s' as mutable more than once at a time%s", f->what, in);
	case LF_MUT_SHARED:
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot borrow '%s' as %s%s because it is also borrowed as %s", f->what, f->action, in,
		                   kind_word(f->first_mut));
	case LF_USE_WHILE_MUT:
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot use '%s'%s because it was mutably borrowed", f->what, in);
	case LF_MOVE_WHILE:
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot move or release '%s'%s because it is borrowed", f->what, in);
	case LF_ASSIGN_WHILE:
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot assign to '%s' because it is borrowed", f->what);
	case LF_WRITE_SHARED:
		if (f->detail)
			return rule_report(c, rule, SEV_ERROR, f->at, f->function,
			                   "cannot lend '%s' as mutable to %s: it is a shared borrow (BORROW)", f->what,
			                   f->detail);
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot write through '%s': it is a shared borrow (BORROW)", f->what);
	case LF_MOVE_OUT:
		if (f->detail && !strncmp(f->detail, "through", 7))
			return rule_report(c, rule, SEV_ERROR, f->at, f->function, "cannot move '%s' out %s", f->what,
			                   f->detail);
		return rule_report(c, rule, SEV_ERROR, f->at, f->function,
		                   "cannot move out of '%s': it is a borrow, it does not own what it points to%s%s",
		                   f->what, f->detail ? " (passed to " : "", f->detail ? f->detail : "");
	case LF_DEAD_WHILE:     /* borrow-outlives-owner's */
	case LF_RETURN_LOCAL:   /* return-local-ref's */
		break;
	}
	return NULL;
}

void report_loan_facts(RuleCtx *c, LoanFactKind kind, RuleId rule) {
	for (int i = 0; i < c->loan_facts->len; i++) {
		const LoanFact *f = &VEC_AT(c->loan_facts, LoanFact, i);
		if (f->kind != kind) continue;
		Diag *d = headline(c, f, rule);
		if (f->kind == LF_MOVE_OUT && f->detail && strncmp(f->detail, "through", 7)) {   /* close the parenthesis */
			char *m = (char *)arena_printf(&c->u->arena, "%s)", d->msg);
			d->msg = m;
		}
		if (f->kind == LF_WRITE_SHARED || f->kind == LF_MOVE_OUT) {
			if (f->has_loan) rule_note(c, d, f->loan_at, "'%s' is declared here as a borrow", f->what);
			continue;
		}
		/* a statement that conflicts with the borrow it made itself made that
		 * one in an earlier iteration (equal positions do not tell: both
		 * arguments of memcpy(A, A, n) in a macro's body have its argument's) */
		if (f->has_loan)
			rule_note(c, d, f->loan_at, "%s borrow of '%s' occurs here, by %s%s", kind_word(f->first_mut), f->loan_what,
			          f->loan_by, f->loan_round_loop ? ", in the previous iteration of the loop" : "");
		if (f->has_later)
			rule_note(c, d, f->later_at, "borrow later used here, by %s%s", f->later_by,
			          f->later_in_loop ? ", in a later iteration of the loop" : "")->after = true;
	}
}

void check_mut_borrow_conflict(RuleCtx *c) { report_loan_facts(c, LF_MUT_MUT, R_MUT_BORROW_CONFLICT); }
void check_borrow_conflict(RuleCtx *c) { report_loan_facts(c, LF_MUT_SHARED, R_BORROW_CONFLICT); }
void check_use_while_mut_borrowed(RuleCtx *c) { report_loan_facts(c, LF_USE_WHILE_MUT, R_USE_WHILE_MUT_BORROWED); }
void check_move_while_borrowed(RuleCtx *c) { report_loan_facts(c, LF_MOVE_WHILE, R_MOVE_WHILE_BORROWED); }
void check_assign_while_borrowed(RuleCtx *c) { report_loan_facts(c, LF_ASSIGN_WHILE, R_ASSIGN_WHILE_BORROWED); }
void check_write_through_shared(RuleCtx *c) { report_loan_facts(c, LF_WRITE_SHARED, R_WRITE_THROUGH_SHARED); }
void check_move_out_of_borrow(RuleCtx *c) { report_loan_facts(c, LF_MOVE_OUT, R_MOVE_OUT_OF_BORROW); }
