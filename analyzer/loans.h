/*
 * loans.h - borrows (loans), where they are in scope, and what conflicts
 * with them: rustc's NLL borrow check on ownck's IR.
 *
 * A loan is created by storing a pointer (or &place) into a BORROW /
 * BORROW_MUT variable or field, or, for the duration of a call, by passing
 * one to a BORROW / BORROW_MUT parameter. The variables that may hold a
 * loan are found flow-insensitively (copies, offsets, reborrows, results
 * tied by LIFETIME), as NLL's subset constraints are; a loan is in scope at
 * a point it reaches from its creation while some holder is live there.
 * The facts live in the unit's arena.
 */
#ifndef LOANS_H
#define LOANS_H

#include "unit.h"

typedef enum LoanFactKind {
	LF_MUT_MUT,          /* E0499: a second exclusive borrow */
	LF_MUT_SHARED,       /* E0502: exclusive while shared, or shared while exclusive */
	LF_USE_WHILE_MUT,    /* E0503: the owner used while exclusively borrowed */
	LF_MOVE_WHILE,       /* E0505: moved or released while borrowed */
	LF_ASSIGN_WHILE,     /* E0506: assigned while borrowed */
	LF_WRITE_SHARED,     /* E0594/E0596: written through, or lent mutably from, a BORROW */
	LF_MOVE_OUT,         /* E0507: moved or released through a borrow */
	LF_DEAD_WHILE,       /* E0597: a local's scope ends while a live value (an iterator struct) borrows it */
	LF_RETURN_LOCAL,     /* E0515: a returned value (a struct from a call) borrows a local */
} LoanFactKind;

typedef struct LoanFact {
	LoanFactKind kind;
	const char *function;
	const char *what;         /* the place acted on, as written: 's', '*s', 'v.a' */
	const char *action;       /* for E0502: "mutable" / "shared" (the new borrow's kind) */
	bool first_mut;           /* the earlier loan is exclusive */
	bool strict;
	SrcRange at;              /* the conflicting action */
	bool has_loan;
	SrcRange loan_at;         /* where the earlier borrow was created */
	const char *loan_by;      /* its holder ('r'), or "parameter 'p' of 'f'" */
	const char *loan_what;    /* the borrowed place */
	bool loan_round_loop;     /* the conflicting statement made that borrow itself, in an earlier
	                             iteration of a loop */
	bool has_later;
	SrcRange later_at;        /* a later use that keeps the loan alive */
	const char *later_by;
	bool later_in_loop;       /* the later use comes before the action in the text: reached round a loop */
	const char *detail;       /* E0596 / E0507: the call and parameter, or NULL */
} LoanFact;

/* Checks f's borrows and appends LoanFacts to out. */
/* Returns false when f is too big for u->budget: nothing was appended. */
bool loans_check(BORROW_MUT Unit *u, BORROW const Function *f, BORROW_MUT Vec *out);

/* --dump-lifetimes: f's control-flow graph as Graphviz DOT with its loans,
 * the region (the points) where each is in scope, the outlives constraints
 * of its signature's LIFETIME tags, and in red the borrow and lifetime
 * diagnostics already in u->diags for f. */
void loans_dump(BORROW_MUT Unit *u, BORROW const Function *f, void *file /* FILE* */);
/* ---- --explain-states: which loans are in scope where ---- */

typedef struct LoanInfo {
	int place;                /* the borrowed place is `place`, or *place when deref */
	bool deref, mut;
	const char *what;         /* ... as written: 'x', '*p' */
	const char *by;           /* its holder: 'r', or "the result of 'f'" */
	SrcRange at;              /* where it was created */
} LoanInfo;

/* The loans in scope after statement `stmt` of block `block` (stmt -1: at
 * the block's entry): indexes into the LoanInfo list, ascending. */
typedef struct LoanPoint {
	int block, stmt;
	int n;
	int *loans;               /* in the unit's arena */
} LoanPoint;

/* Appends f's loans to loans (LoanInfo) and a LoanPoint per statement and
 * block entry to points; reports nothing. Returns false when f is too big
 * for u->budget: nothing was appended. */
bool loans_explain(BORROW_MUT Unit *u, BORROW const Function *f, BORROW_MUT Vec *loans, BORROW_MUT Vec *points);

#endif
