/*
 * rules.h - the rule table (rules.def) and what a rule may use.
 *
 * A rule is a function that reads the facts the analyses computed for a unit
 * and reports diagnostics; it owns nothing. Diagnostics and their strings go
 * to the unit's arena.
 */
#ifndef RULES_H
#define RULES_H

#include "unit.h"
#include "ownership.h"
#include "loans.h"
#include "program.h"

typedef enum RuleId {
#define RULE(e, id, fn, rust, cwe, sev, on, summary) e,
#include "rules.def"
#undef RULE
	R_COUNT
} RuleId;

typedef struct RuleInfo {
	const char *id;
	const char *rust;       /* Rust error code, or NULL */
	int cwe;                /* 0 when none */
	Severity severity;      /* for findings about annotated code */
	const char *summary;
	bool opt_in;            /* off unless enabled (rules.def) */
} RuleInfo;

enum { ON, OPT_IN };

extern const RuleInfo rule_table[R_COUNT];
int rule_lookup(BORROW const char *id);   /* RuleId, or -1 */
/* recursion and stack-depth: made from the whole program on every run, never cached. */
bool rule_is_whole_program(int id);

typedef struct RuleCtx {
	Unit *u;
	const Vec *facts;       /* OwnFact, for every function of the unit */
	const Vec *loan_facts;  /* LoanFact, for every function of the unit */
	const Program *prog;    /* the files analyzed together, for the whole-program rules */
	int unit;               /* u's index in prog->units */
	long long stack_limit;  /* --stack-limit, in bytes */
} RuleCtx;

/* The borrow rules share one reporter: kind -> rule, message and notes. */
void report_loan_facts(BORROW_MUT RuleCtx *c, LoanFactKind kind, RuleId rule);

Diag *rule_report(BORROW_MUT RuleCtx *c, RuleId r, Severity sev, SrcRange at, const char *function,
                  BORROW const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Appends a note to d; the note, valid until the next rule_note on d. */
Note *rule_note(BORROW_MUT RuleCtx *c, BORROW_MUT Diag *d, SrcRange at, BORROW const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The same at a place already resolved (another unit's, for the whole-program rules). */
Note *rule_note_at(BORROW_MUT RuleCtx *c, BORROW_MUT Diag *d, DiagLoc at, BORROW const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#define RULE(e, id, fn, rust, cwe, sev, on, summary) void fn(BORROW_MUT RuleCtx *c);
#include "rules.def"
#undef RULE

/* Runs the analyses on every function of u and then every enabled rule
 * (enabled[RuleId]); the diagnostics end up in u->diags. u is prog's unit
 * number unit, and prog's summaries are published. */
void rules_run(BORROW_MUT Unit *u, BORROW const bool *enabled, BORROW const Program *prog, int unit,
               long long stack_limit);

/* Only the whole-program rules, for a unit loaded from the cache. */
void rules_run_whole_program(BORROW_MUT Unit *u, BORROW const bool *enabled, BORROW const Program *prog, int unit,
                             long long stack_limit);

/* When call's callee is defined in another file and ownck inferred that it
 * returns owned memory: a note at its definition. */
void note_allocator_elsewhere(BORROW_MUT RuleCtx *c, BORROW_MUT Diag *d, BORROW const Call *call);

/* Shared wording for notes about move and release sites. */
void note_sites(BORROW_MUT RuleCtx *c, BORROW_MUT Diag *d, BORROW const OwnFact *f, bool first);

#endif
