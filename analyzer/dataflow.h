/*
 * dataflow.h - one generic worklist solver over a Function's CFG.
 *
 * States are opaque fixed-size byte arrays. The analysis provides the entry
 * state, a block transfer, a per-edge refinement (which may declare the edge
 * infeasible, e.g. "p is non-null" on the null side of `if (p)`), and a join.
 * The solver owns the per-block state storage (DfResult), freed by df_free.
 *
 * A block's state changes only by a join that says so, and then the block is
 * visited again: its last visit is at its fixpoint state. An analysis that
 * gathers its facts while being solved therefore needs no second pass.
 */
#ifndef DATAFLOW_H
#define DATAFLOW_H

#include "ir.h"

typedef struct Dataflow {
	const Function *fn;
	size_t state_size;
	void *ctx;
	void (*entry)(void *ctx, void *state);
	void (*transfer)(void *ctx, int block, void *state);
	/* Refine `state` (a copy of the block's out-state) for the edge to
	 * successor number `succ`; return false if the edge cannot be taken. */
	bool (*edge)(void *ctx, int block, int succ, void *state);
	/* dst := dst join src, dst being block's entry state; return whether
	 * dst changed. dst has room for join_size(dst, src) bytes, or without
	 * that callback used(dst) + used(src) (at most state_size). */
	bool (*join)(void *ctx, int block, void *dst, const void *src);
	/* The bytes of a state that hold anything (a prefix of state_size): the
	 * solver stores and copies only these. NULL: all of them. */
	size_t (*used)(void *ctx, const void *state);
	long long budget;       /* bytes of state the solver may process; 0: no limit */
	/* The most bytes dst can use after joining src (NULL: see join). */
	size_t (*join_size)(void *ctx, const void *dst, const void *src);
	/* Given a block's out-state: true when edge() would take every successor
	 * and leave the state as it is (it may first put `state` in the form
	 * edge() would). The solver then joins that one state into every
	 * successor instead of copying it per edge: a switch of two hundred
	 * cases copied a big function's state two hundred times. NULL: never. */
	bool (*plain_edges)(void *ctx, int block, void *state);
} Dataflow;

typedef struct DfResult {
	unsigned char **in;     /* state at each block's entry; NULL where not reached */
	Arena states;           /* where the in states live: one allocation for thousands */
	int n;
	bool *reached;          /* false: no feasible path reaches the block */
	long iterations;
	bool gave_up;           /* the budget ran out before the fixpoint: in is incomplete */
} DfResult;

/* The successors of a block, in terminator order; returns their count. */
int  df_successors(BORROW const Block *b, int *out, int max);
int  df_nsuccessors(BORROW const Block *b);
int  df_successor(BORROW const Block *b, int i);   /* the i-th, i < df_nsuccessors(b) */
void df_forward(BORROW const Dataflow *d, BORROW_MUT DfResult *r);
void df_free(BORROW_MUT DfResult *r);

#endif
