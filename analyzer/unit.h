/*
 * unit.h - one translation unit from parse to diagnostics.
 *
 * A Unit owns its arena; every Function, Signature, string and Diag of the
 * unit lives there and goes with unit_free(). The libclang translation unit is
 * disposed of as soon as lowering is done: after that only the IR is needed.
 */
#ifndef UNIT_H
#define UNIT_H

#include "ir.h"
#include "diag.h"

typedef struct Stats {
	int functions;
	int skipped_functions;
	int operators;            /* binary/unary operators classified */
	int operators_unknown;    /* ... whose kind could not be recovered */
	/* seconds, wall clock, for --stats */
	double t_parse, t_lower, t_summaries, t_ownership, t_loans, t_rules;
} Stats;

double stats_now(void);   /* a monotonic clock, in seconds */

typedef struct Unit {
	Arena arena;
	const char *path;           /* the file as given on the command line */
	Vec files;                  /* const char *: display paths, SrcRange.file indexes it */
	Vec funcs;                  /* Function * */
	Map sigs;                   /* name -> Signature*: what calls in this unit assume */
	Vec annot_decls;            /* AnnotDecl */
	Vec diags;                  /* Diag */
	Vec errors;                 /* const char *: why (part of) the unit was not analyzed */
	Map summaries;              /* function name -> Summary* (ownership.h), for functions
	                               defined in the unit: inferred from their bodies */
	bool failed;                /* the unit could not be analyzed at all */
	Vec deps;                   /* const char *: every file the translation unit read, for the cache */
	bool from_cache;            /* loaded by cache.c: its functions' bodies are only their calls; */
	Map imports;                /* ... callee -> Summary* its calls into other files were checked with */
	Map summarized;             /* ... functions whose summary was on record (with or without one) */
	Stats stats;
	long long budget;           /* per function: bytes of analysis state to process at most (0: no limit) */
} Unit;

Unit *unit_new(BORROW const char *path);
void  unit_free(OWNED Unit *u);
int   unit_file_id(BORROW_MUT Unit *u, BORROW const char *path);
void  unit_error(BORROW_MUT Unit *u, BORROW const char *fmt, ...) __attribute__((format(printf, 2, 3)));
DiagLoc unit_loc(BORROW const Unit *u, SrcRange r);

#endif
