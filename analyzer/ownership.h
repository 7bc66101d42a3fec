/*
 * ownership.h - where each owned value is, at every point: owned, moved,
 * released, null, or out of ownck's sight (borrowed, escaped, unknown).
 *
 * The analysis is forward dataflow over the IR with path-insensitive joins
 * ("moved on some path" is moved), refined on null tests. Its output is a
 * list of facts the rules turn into diagnostics; the facts and their strings
 * live in the unit's arena.
 */
#ifndef OWNERSHIP_H
#define OWNERSHIP_H

#include "unit.h"

enum { OWN_MAX_SITES = 4 };

typedef enum SiteKind {
	SITE_MOVE_PARAM,     /* moved into parameter `param` of `callee` */
	SITE_MOVE_VAR,       /* moved into the OWNED place `into` */
	SITE_MOVE_RETURN,    /* returned to the caller */
	SITE_RELEASE,        /* released by `callee` */
} SiteKind;

typedef struct OwnSite {
	SiteKind kind;
	SrcRange at;
	const char *what;        /* the value as written at the site */
	const char *callee;
	const char *param;
	const char *into;
	bool later;              /* the site follows the use: a previous loop iteration */
} OwnSite;

typedef enum FactKind {
	FACT_USE_MOVED,          /* a use of a value moved (only) on some path */
	FACT_USE_RELEASED,       /* a use of a value released on some path */
	FACT_RELEASE_AGAIN,      /* a release of a value released or moved on some path */
} FactKind;

typedef enum UseHow { HOW_USE, HOW_BORROW, HOW_MOVE } UseHow;

typedef struct OwnFact {
	FactKind kind;
	UseHow how;
	const char *what;        /* the place as written: 'p', 'n->next' */
	const char *function;
	const char *callee;      /* FACT_RELEASE_AGAIN: the releasing function */
	SrcRange at;
	bool strict;             /* the value is under an annotation or signature */
	bool released_before;    /* FACT_RELEASE_AGAIN: released (not only moved) on some path */
	int nsites;
	OwnSite sites[OWN_MAX_SITES];
} OwnFact;

/* Infers, bottom-up over the unit's call graph, which parameters each
 * function defined in the unit releases on every path (u->releases). */
void ownership_summarize(BORROW_MUT Unit *u);

/* Analyzes f and appends its facts (OwnFact) to out. */
void ownership_analyze(BORROW_MUT Unit *u, BORROW const Function *f, BORROW_MUT Vec *out);

#endif
