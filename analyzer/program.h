/*
 * program.h - the files analyzed together as one program: every function
 * they define, the calls between them, and what is computed over that call
 * graph: the ownership summaries, bottom-up, and the whole-program rules'
 * facts (cycles, stack depth).
 *
 * A call leaves its unit when the callee has external linkage and exactly
 * one of the files defines it; two definitions of one name (two programs in
 * one compile database) make the name unknown, whatever the file order.
 *
 * The program borrows the units and owns its arena. Summaries are published
 * into each unit (its arena, u->summaries) and into every call that reaches
 * them (Call.summary), so that a unit's checks read them without knowing
 * about the other units.
 */
#ifndef PROGRAM_H
#define PROGRAM_H

#include "unit.h"
#include "ownership.h"

typedef struct ProgCall {
	int callee;             /* index in Program.fns */
	DiagLoc at;             /* the first such call in the caller's body */
} ProgCall;

typedef struct ProgFn {
	const char *name;
	int unit;               /* index of the unit that defines it */
	const Function *f;
	DiagLoc at;             /* its name in the definition */
	DiagLoc unbounded_at;   /* where its frame loses its bound (Function.unbounded) */
	int ncalls;
	ProgCall *calls;        /* its callees in the program, each once, in body order */
	int nsites;
	Call **sites;           /* every call of it, in any unit */
	int scc;                /* strongly connected component: callees' numbers are lower */
	bool recursive;         /* on a cycle of calls */
	bool called;            /* some function of the program calls it */
	bool fixed;             /* its summary was given (the cache), not inferred */
	bool has_sum;
	Summary sum;
	bool dirty;             /* callees_first's "visited" */
	int slot;               /* its place in its SCC's order[] */
	bool entry;             /* no function outside its cycle calls it: where chains start */
	long long depth;        /* stack-depth: bytes of the deepest chain from here, -1 unbounded */
	int next;               /* ... the callee that chain goes through, or -1 */
} ProgFn;

typedef struct Program {
	Arena arena;
	Unit **units;
	int nunits;
	ProgFn *fns;
	int nfns;
	int nsccs;
	int *scc_first;         /* per SCC: its members are order[scc_first[s] .. scc_first[s + 1]) */
	int *order;
	int *scc_level;         /* 0 for SCCs that call no other SCC */
	int *scc_rep;           /* the member that reports the SCC: first by file, line, column */
} Program;

/* The call graph of units[0 .. n). */
OWNED Program *program_new(BORROW Unit **units, int n);
void program_free(OWNED Program *p);

/* Infers every called function's summary, callees first; the SCCs of one
 * level of the graph run on up to jobs threads; a cycle iterates to a
 * fixpoint (or, after a bound, stays unknown). Then publishes them. */
void program_summarize(BORROW_MUT Program *p, int jobs);

/* Fills entry, depth and next of every function. A chain goes round a cycle
 * at most once (the recursion rule reports cycles). */
void program_stack_depths(BORROW_MUT Program *p);
/* The deepest chain from function from, into chain[] (room for p->nfns);
 * returns its length. */
int program_chain(BORROW const Program *p, int from, BORROW_MUT int *chain);

/* from's call of function to (its first), or NULL. */
BORROW LIFETIME(from) const ProgCall *program_call(BORROW LIFETIME(from) const ProgFn *from, int to);
/* The function a call into another unit reached (it carries a summary), or NULL. */
BORROW LIFETIME(p) const ProgFn *program_callee(BORROW LIFETIME(p) const Program *p, BORROW const Call *call);

#endif
