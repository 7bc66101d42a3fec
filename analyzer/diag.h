/*
 * diag.h - diagnostics: what a rule reports, before it is printed.
 *
 * A Diag owns nothing: its strings live in the arena of the unit that made it.
 * diag_sort_dedupe() orders a list the way every emitter prints it (file,
 * line, column, rule) and drops repeats of one rule at one location (§7.4).
 */
#ifndef DIAG_H
#define DIAG_H

#include "ir.h"

typedef enum Severity { SEV_NOTE, SEV_WARNING, SEV_ERROR } Severity;

typedef struct DiagLoc {
	const char *file;       /* as printed: relative to the cwd when under it */
	int line, col, end_line, end_col;
} DiagLoc;

typedef struct Note {
	DiagLoc at;
	const char *msg;
	bool after;   /* happens after the primary action (a later use), for SARIF's codeFlow order */
} Note;

typedef struct Diag {
	int rule;               /* RuleId */
	Severity sev;
	DiagLoc at;
	const char *msg;
	const char *function;   /* the enclosing function, or NULL */
	int nnotes;
	Note *notes;
} Diag;

const char *severity_name(Severity s);
int  diag_compare(BORROW const Diag *a, BORROW const Diag *b);
/* Sorts v (a Vec of Diag) and removes repeats; returns the new length. */
int  diag_sort_dedupe(BORROW_MUT Vec *v);

#endif
