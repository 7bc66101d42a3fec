/*
 * ownership.c - the ownership dataflow (moves, releases, null, aliases).
 *
 * State is kept per tracked place: every pointer local, parameter and
 * temporary, every OWNED field place, and the pointer fields of local
 * structs. Each holds a set of possibilities (a mask: owned, null, moved,
 * released, other), so a join is a union and "on some path" is "in the mask".
 *
 * Unannotated pointers initialized from a tracked value are aliases of it
 * (annotations.md 7.8): they share an alias class, and a release or move
 * through one affects all. Values whose ownership ownck inferred (malloc
 * results in unannotated locals) escape when handed to code ownck cannot see;
 * annotated values never escape, as the programmer opted in (§3).
 */
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "ownership.h"
#include "dataflow.h"

enum { SITE_ARG_NONE = 63 };

typedef struct VState {
	uint8_t mask;
	uint8_t strict;          /* under an annotation or a signature: errors, not warnings */
	uint8_t offkind;         /* OFF_*: pointer arithmetic since the allocation */
	uint8_t origin;          /* ORIG_*: what kind of memory it may point to */
	uint8_t shared;          /* may be the representative of other members (else leave_class need not look) */
	uint8_t nonnull;         /* what OS_OTHER stands for is never NULL: a string literal, an address, a function */
	int32_t offset;
	int32_t alias;           /* the alias class's representative (a tracked index) */
	int32_t link;            /* realloc: restored on the null side of this tracked index */
	int32_t family;          /* Own.families index: who may release it; -1 anyone */
	int32_t alloc;           /* site of the allocation, ALLOC_PARAM, or -1 */
	int32_t vsite;           /* site where it got its (non-heap) value, or -1 */
	int32_t offsite;         /* site where it was last advanced, or -1 */
	int32_t ovar;            /* ORIG_STACK: the local it points into (-1: several) */
	int32_t dsite;           /* OS_DANGLING: where that local's scope ended */
	int32_t ssite;           /* ORIG_STACK: where it got a local's address */
	uint64_t pmask;          /* the parameters it may be (a copy of) on some path */
	int32_t sites[OWN_MAX_SITES];   /* move/release sites, ascending, -1 = none */
} VState;

enum { ALLOC_PARAM = -2 };

/* VState.offkind beyond the IR's OFF_*: moved, then moved back by an
 * unknown amount (p += len; ... p -= n;): it may be at the block's start
 * again, and code that walks a pointer back means to come back there. */
enum { OFF_REWOUND = 3 };

/* The offset after a step by `by` (an assignment's source: OFF_NONE, a
 * constant, or unknown, forwards or back) from a pointer at `kind`/`off`. */
static void step_offset(uint8_t *kind, int32_t *off, const Operand *by) {
	if (by->offset == OFF_KNOWN && (*kind == OFF_NONE || *kind == OFF_KNOWN)) {
		*off += (int32_t)by->value;
		*kind = *off ? OFF_KNOWN : OFF_NONE;
	} else if (by->offset == OFF_KNOWN && *kind == OFF_REWOUND && !by->value) {
		return;
	} else if (by->offset == OFF_UNKNOWN && by->value < 0 && *kind != OFF_NONE) {
		*kind = OFF_REWOUND, *off = 0;
	} else if (by->offset != OFF_NONE) {
		*kind = OFF_UNKNOWN;
	}
}

/* The functions allowed to release a value (an allocator's released_by). */
typedef struct Family { const char *alloc; int n; const char **by; } Family;

typedef struct Own {
	Unit *u;
	Arena *arena;            /* the unit's when reporting; a private one when summarizing,
	                            so that summaries of one unit's functions run in parallel */
	const Function *f;
	Arena tmp;               /* this run's index arrays (track, place_of, ...): freed when it ends */
	int ntracked;
	int *track;              /* place -> tracked index, or -1 */
	int *place_of;           /* tracked index -> place */
	int *stmt_base;          /* block -> global index of its first statement */
	Vec *out;                /* OwnFact, when reporting */
	Vec reported;            /* long long: (tracked, first site) already reported */
	int gid;                 /* global index of the statement being stepped */
	int *cond_of;            /* place -> condition bit, or -1 */
	int *cond_of_key;        /* Term.key -> condition bit, or -1 */
	int nkeys;
	uint32_t *var_keys;      /* var -> the key bits whose expressions read it */
	bool *never_negative;    /* checks: locals only set to constants >= 0 and stepped up (counts_up) */
	int ncond;
	int max_facets;
	bool summary;            /* inferring a summary: pointer parameters start owned */
	bool all_params;         /* summarizing: follow every parameter, consequential or not (OWNCK_CHECK_SUMMARIES) */
	uint64_t released;       /* summary: parameters released on every path so far */
	uint64_t kept;           /* summary: parameters that reached an exit not released */
	uint64_t escaped;        /* summary: parameters stored or moved somewhere */
	bool ret_fresh, ret_other;   /* summary: returns fresh memory / something else */
	bool ret_maybe_null;         /* summary: some return may give NULL */
	bool returns;            /* summary: some return is reachable */
	uint64_t null_returns;   /* summary: parameters that may be NULL at a return */
	int ret_param;           /* summary: 1 + the parameter every non-NULL return gave back, 0 none yet, -1 other */
	uint64_t ret_escaped;    /* summary: parameters that escaped by being returned, only */
	uint64_t released_for;   /* summary: parameters released at a return by a realloc whose result it returns */
	uint64_t released_else;  /* summary: ... and those released there otherwise */
	Vec families;            /* Family */
	int cur_block;
	int *npred, *pred;       /* per block: predecessor count, and the last one seen */
	bool program_exit;       /* stepping the scope exits of a return from main: like exit() */
	int *var_base;           /* var -> its PJ_BASE place, or -1 */
	int *var_tstart, *var_tracked;   /* var -> the real tracked indices of its places */
	bool *addr_taken;        /* var -> its address is taken somewhere (&x, an array) */
	bool *assigned;          /* var -> the variable itself is assigned somewhere */
	int *dead_tail;          /* block -> where its closing run of ST_DEADs before a return starts */
	int nreal;               /* tracked indices >= nreal are ghosts (summary mode): */
	int *ghost_param;        /* ... the original value of this parameter, never reassigned */
	Vec *points;             /* OwnPoint, for --explain-states: recorded while replaying */
	bool replaying;          /* the solver is done: each block is stepped once more */
	int facet_width;         /* >= 0: the tracked count max_facets is computed from (check_vars); -2: not yet */
	int *scratch_parent;     /* join_aliases' union-find, one per tracked index */
	bool *scratch_alone;     /* ... and which ghosts stand alone */
	bool *scratch_cursor;    /* ... and which pointers leave two blocks' classes */
	char *scratch_facet;     /* normalize's: one facet */
	char *scratch_shed;      /* join_states': a source facet without the bits dst forgot */
	uint32_t weak_bits;      /* the tests of pointers: the first a full state forgets */
	uint32_t shared_bits;    /* the bits of values others may change: globals, and the locals whose
	                            address a function of the user's got (with the pure conditions
	                            reading them), forgotten wherever they may change (shared_writes) */
	uint32_t memory_bits;    /* checks: the bits of fields and pointees tested twice (t->flag, *s),
	                            forgotten wherever they may change (memory_writes) */
	int bit_place[32];       /* a memory bit's place */
	bool *storage_aliased;   /* var -> the address of its own storage is taken somewhere (memory_bits) */
	bool stack_address_taken;   /* &local, an array or a compound literal appears somewhere */
	uint32_t merge_bits;     /* facets with equal states that differ only in these conditions merge */
	int *branch_bit;         /* block -> the bit of its branch alone (index_swaps), or -1 */
	int *entry_bit;          /* block -> 2 * bit + side: a swap bit any branch into it sets, or -1 */
	uint32_t swap_bits;      /* those bits: they label the side last taken, and prune no edge */
	uint32_t eq_siblings[32];   /* bit of `v == C` -> the bits of v's other constants (KEY_EQ) */
	uint32_t eq_place[32];      /* ... -> the bit of v itself (v != 0), when v has one */
	uint32_t place_eqs[32];     /* bit of v -> the bits of its `v == C` */
	uint32_t rel_bits;          /* bits of keys `v REL C` (Term.key_rel): an assignment to v decides them */
	int rel_var[32];            /* ... their v */
	uint8_t rel_kind[32];       /* ... REL_* */
	long long rel_const[32];    /* ... C */
	uint32_t *cond_live;     /* block -> the bits some path from its entry tests before they
	                            change (index_cond_liveness); NULL: all */
	uint32_t *cond_kept;     /* block -> ... from its exit, with its own branch's bit */
	uint32_t *cond_use;      /* block -> the bits it tests before it changes them (index_cond_liveness) */
	uint32_t *cond_kill;     /* block -> the bits its statements change */
	uint16_t *cond_dist;     /* block * ncond -> the fewest blocks from its entry to a test of the
	                            bit with no change on the way, 0xffff: none (index_cond_distance,
	                            asked at the first make_room); NULL: not yet */
	int rooms;               /* make_room's calls in this solve */
	bool *walked_back;       /* var -> moved back by an unknown amount somewhere (walked_back); NULL: not yet */
	bool *released_param;    /* summaries: var -> a parameter some call releases (hook_releases); NULL: not yet */
	int *move_of;            /* statement (gid) -> the local `a = t;` moves (index_moves), or -1;
	                            NULL: none */
	bool *doomed;            /* block -> every path from it ends in a call that does not return;
	                            NULL: no block is (index_doomed) */
} Own;

/* ---- which places are tracked ---- */

static bool through_deref(const Function *f, int p) {
	for (; f->places[p].parent >= 0; p = f->places[p].parent)
		if (f->places[p].kind == PJ_DEREF || f->places[p].kind == PJ_INDEX) return true;
	return false;
}

/* The pointer whose pointee holds place p (p is *q, q->f, q[i] ...), or -1
 * when p lies in a variable's own storage (x, s.f, arr[i]). */
static int pointer_under(const Function *f, int p) {
	for (; p >= 0 && f->places[p].parent >= 0; p = f->places[p].parent)
		if (f->places[p].kind == PJ_DEREF) return f->places[p].parent;
	return -1;
}

static bool is_tracked_place(const Function *f, int p) {
	const Place *pl = &f->places[p];
	if (!pl->is_pointer) return false;
	/* an array of owners is a container: its elements are not followed one by one (7.37) */
	for (int q = p; f->places[q].parent >= 0; q = f->places[q].parent)
		if (f->places[q].kind == PJ_INDEX) return false;
	const Var *v = &f->vars[pl->var];
	if (pl->kind == PJ_BASE) return v->kind != VK_GLOBAL && v->kind != VK_STATIC;
	if (pl->kind != PJ_FIELD) return false;
	if (pl->annot.mode == MODE_OWNED) return true;
	/* s.f of a local struct: a slot the function fully controls */
	return !through_deref(f, p) && v->kind != VK_GLOBAL && v->kind != VK_STATIC;
}

static bool stack_address(const Function *f, int place);

static void take_address(Own *o, int place) {
	o->addr_taken[o->f->places[place].var] = true;
	if (stack_address(o->f, place)) o->stack_address_taken = true;
}

/* Per variable: its base place, its tracked places, whether its address is taken. */
static void index_vars(Own *o) {
	const Function *f = o->f;
	int nv = f->nvars;
	o->var_base = arena_raw(&o->tmp, sizeof(int) * (size_t)(nv + 1));
	o->var_tstart = arena_alloc(&o->tmp, sizeof(int) * ((size_t)nv + 2));
	o->var_tracked = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nplaces + 1));
	o->addr_taken = arena_alloc(&o->tmp, sizeof(bool) * ((size_t)nv + 1));
	o->assigned = arena_alloc(&o->tmp, sizeof(bool) * ((size_t)nv + 1));
	for (int v = 0; v < nv; v++) {
		o->var_base[v] = -1;
		o->addr_taken[v] = f->vars[v].is_array;
	}
	for (int p = 0; p < f->nplaces; p++) {
		if (f->places[p].kind == PJ_BASE) o->var_base[f->places[p].var] = p;
		if (o->track[p] >= 0) o->var_tstart[f->places[p].var + 1]++;
	}
	for (int v = 0; v < nv; v++) o->var_tstart[v + 1] += o->var_tstart[v];
	int *fill = xmalloc(sizeof(int) * (size_t)(nv + 1));
	memcpy(fill, o->var_tstart, sizeof(int) * (size_t)(nv + 1));
	for (int p = 0; p < f->nplaces; p++)
		if (o->track[p] >= 0) o->var_tracked[fill[f->places[p].var]++] = o->track[p];
	free(fill);
	o->dead_tail = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nblocks + 1));
	for (int b = 0; b < f->nblocks; b++) {
		const Block *blk = &f->blocks[b];
		int t = blk->nstmts;
		while (blk->term.kind == T_RETURN && t > 0 && blk->stmts[t - 1].kind == ST_DEAD) t--;
		o->dead_tail[b] = blk->term.kind == T_RETURN ? t : blk->nstmts;
	}
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->dst >= 0 && f->places[s->dst].kind == PJ_BASE) o->assigned[f->places[s->dst].var] = true;
			if (s->src.kind == OP_ADDR && s->src.place >= 0) take_address(o, s->src.place);
			for (int k = 0; s->kind == ST_CALL && k < s->call->nargs; k++)
				if (s->call->args[k].kind == OP_ADDR && s->call->args[k].place >= 0) take_address(o, s->call->args[k].place);
		}
}

/* Pointer locals of block scopes that do not nest (siblings, cousins) are
 * never alive together: they share a state slot, so that a state is as wide
 * as the pointers alive at once, not as all the pointers of the function,
 * and big functions stay linear. A slot is reset when its variable dies, so
 * the next occupant starts uninitialized as it would have at entry. */
static bool shares_slot(const Function *f, int p) {
	const Place *pl = &f->places[p];
	const Var *v = &f->vars[pl->var];
	return pl->kind == PJ_BASE && v->kind == VK_LOCAL && v->scope >= 0 && v->scope < f->nscopes &&
	       !v->is_aggregate && !v->is_array;
}

/* Call temporaries die together at the end of their full expression, so
 * those of different full expressions share slots too; a temporary's slot
 * is reset when it is defined (step). */
static bool temp_slot(const Function *f, int p) {
	const Place *pl = &f->places[p];
	const Var *v = &f->vars[pl->var];
	return pl->kind == PJ_BASE && v->kind == VK_TEMP && !v->is_aggregate && !v->is_array;
}

/* A summary tells only what happens to the parameters' values and to what
 * is returned, so a summary run tracks only the variables those can reach:
 * forward along assignments and calls from the parameters, and backward
 * from the returned values. Places of other variables (most of a big
 * function's) would only make its states wider. Flow-insensitive, and
 * linear: a breadth-first walk over variable-to-variable edges. */
typedef struct VarEdges { int *first, *next, *to; int n; } VarEdges;

static void var_edge(VarEdges *e, int from, int to) {
	e->to[e->n] = to;
	e->next[e->n] = e->first[from];
	e->first[from] = e->n++;
}

static void var_walk(const VarEdges *e, bool *seen, int *queue, int nseed) {
	for (int head = 0, tail = nseed; head < tail; head++)
		for (int k = e->first[queue[head]]; k >= 0; k = e->next[k])
			if (!seen[e->to[k]]) {
				seen[e->to[k]] = true;
				queue[tail++] = e->to[k];
			}
}

/* The variable whose value (or address) the operand is: a value loaded
 * through a pointer (p->next) is not p's value, unless its place is tracked
 * itself (an OWNED field). */
static int operand_var(const Function *f, const Operand *op) {
	if ((op->kind != OP_PLACE && op->kind != OP_ADDR) || op->place < 0) return -1;
	if (through_deref(f, op->place) && !is_tracked_place(f, op->place)) return -1;
	return f->places[op->place].var;
}

/* The variable a statement stores into: again not one whose pointee it writes. */
static int dst_var(const Function *f, const Stmt *s) {
	if (s->dst < 0 || (through_deref(f, s->dst) && !is_tracked_place(f, s->dst))) return -1;
	return f->places[s->dst].var;
}

static int count_var_edges(const Function *f) {
	int n = 0;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			n += s->kind == ST_ASSIGN || s->kind == ST_CALL;
		}
	return n;
}

/* The argument a call returns: its summary's returns_arg, or a model's
 * RETURNS_ARG parameter (memcpy's dest); -1 when none. */
static int returned_arg(const Call *c, const Summary *sum) {
	if (sum && sum->returns_arg) return sum->returns_arg - 1;
	for (int k = 0; c->sig && c->sig->from_model && k < c->sig->nparams; k++)
		if (c->sig->params[k].flags & PF_RETURNED) return k;
	return -1;
}

/* The variable an operand names, through any projection (p->f, &p->f, *p): -1 for none. */
static int root_var(const Operand *op, const Function *f) {
	return (op->kind == OP_PLACE || op->kind == OP_ADDR) && op->place >= 0 ? f->places[op->place].var : -1;
}

/* Can argument k of c (a value, not an address) change its caller's
 * summary? Not when the callee is known to read it only: it neither
 * releases, keeps nor takes it (call_arg's cases), and gives back no more
 * than the result's edge in summary_vars says. */
static bool arg_may_matter(const Call *c, int k) {
	if (k >= 64) return true;
	const Summary *s = c->summary;
	if (c->sig && k < c->sig->nparams) {
		const Param *p = &c->sig->params[k];
		if (p->annot.mode != MODE_NONE || (p->flags & PF_RELEASES)) return true;
	}
	if (c->sig && c->sig->realloc_like && k == 0) return true;
	if (s) return ((s->releases | s->escapes | s->aborts_on_null) >> k) & 1;
	return !(c->sig && (c->sig->from_model || c->sig->annotated));
}

/* The variables whose value a statement may hand somewhere a summary
 * notices (released, kept, stored outside, returned, tested against
 * NULL), marked in `bad`. A parameter whose value reaches none of them
 * (summary_vars' forward edges) keeps all its summary bits clear, and is
 * not followed: most of sqlite3.c's parameters (a Parse * passed down and
 * read) are such. */
static void mark_consequential(const Function *f, bool *bad) {
#define MARK(v) do { int v_ = (v); if (v_ >= 0) bad[v_] = true; } while (0)
	for (int b = 0; b < f->nblocks; b++) {
		const Block *blk = &f->blocks[b];
		for (int i = 0; i < blk->nstmts; i++) {
			const Stmt *s = &blk->stmts[i];
			switch (s->kind) {
			case ST_ASSIGN: {
				int sv = operand_var(f, &s->src);
				if (s->src.kind == OP_ADDR) MARK(root_var(&s->src, f));
				int d = dst_var(f, s);
				if (sv >= 0 && (d < 0 || f->vars[d].kind == VK_GLOBAL || f->vars[d].kind == VK_STATIC)) MARK(sv);
				break;
			}
			case ST_CALL: {
				const Call *c = s->call;
				for (int k = 0; k < c->nargs; k++) {
					const Operand *a = &c->args[k];
					if (a->kind == OP_ADDR) MARK(root_var(a, f));
					else if (arg_may_matter(c, k)) MARK(operand_var(f, a));
				}
				if (!c->callee && c->fn.kind == OP_PLACE && c->fn.place >= 0 && !through_deref(f, c->fn.place))
					MARK(root_var(&c->fn, f));
				break;
			}
			case ST_RET:
				MARK(operand_var(f, &s->src));
				if (s->src.kind == OP_ADDR) MARK(root_var(&s->src, f));
				break;
			case ST_USE:
				if (s->use == USE_ESCAPE) MARK(root_var(&s->src, f));
				break;
			default:
				break;
			}
		}
		const Term *t = &blk->term;
		if (t->kind == T_BRANCH || t->kind == T_SWITCH) MARK(operand_var(f, &t->cond));
		if (t->kind == T_BRANCH && t->ptr_eq && t->cmp) {
			MARK(operand_var(f, &t->cmp[0]));
			MARK(operand_var(f, &t->cmp[1]));
		}
	}
#undef MARK
}

static bool *summary_vars(const Function *f, bool all_params) {
	int nv = f->nvars ? f->nvars : 1, ne = count_var_edges(f) + 1;
	VarEdges fwd = {xmalloc(sizeof(int) * (size_t)nv), xmalloc(sizeof(int) * (size_t)ne), xmalloc(sizeof(int) * (size_t)ne), 0};
	VarEdges back = {xmalloc(sizeof(int) * (size_t)nv), xmalloc(sizeof(int) * (size_t)ne), xmalloc(sizeof(int) * (size_t)ne), 0};
	for (int v = 0; v < nv; v++) fwd.first[v] = back.first[v] = -1;
	bool *fseen = xcalloc((size_t)nv, sizeof(bool)), *bseen = xcalloc((size_t)nv, sizeof(bool));
	int *fq = xmalloc(sizeof(int) * (size_t)nv), *bq = xmalloc(sizeof(int) * (size_t)nv), nf = 0, nb = 0;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			int dst = dst_var(f, s), src = -1;
			if (s->kind == ST_ASSIGN || s->kind == ST_RET) src = operand_var(f, &s->src);
			if (s->kind == ST_CALL) {   /* a result is an argument only when given back (given_back) */
				int k = returned_arg(s->call, s->call->summary);
				if (k >= 0 && k < s->call->nargs) src = operand_var(f, &s->call->args[k]);
			}
			if (s->kind != ST_RET && dst >= 0 && src >= 0) {
				var_edge(&fwd, src, dst);
				var_edge(&back, dst, src);
			}
			if (s->kind == ST_RET && src >= 0 && !bseen[src]) { bseen[src] = true; bq[nb++] = src; }
		}
	/* the parameters that reach a consequential statement: back from them */
	bool *bad = xcalloc((size_t)nv, sizeof(bool));
	if (!all_params) {
		mark_consequential(f, bad);
		/* both ways: a join makes one alias class of what a variable may
		 * hold (p = c ? a : b), so that what escapes a escapes b */
		int nbad = 0;
		for (int v = 0; v < nv; v++)
			if (bad[v]) fq[nbad++] = v;
		for (int head = 0; head < nbad; head++)
			for (int pass = 0; pass < 2; pass++) {
				const VarEdges *e = pass ? &fwd : &back;
				for (int k = e->first[fq[head]]; k >= 0; k = e->next[k])
					if (!bad[e->to[k]]) {
						bad[e->to[k]] = true;
						fq[nbad++] = e->to[k];
					}
			}
	}
	for (int v = 0; v < f->nparams; v++)   /* an annotated one starts non-null: aborts_on_null says so */
		if (all_params || bad[v] || f->vars[v].annot.mode != MODE_NONE) { fseen[v] = true; fq[nf++] = v; }
	free(bad);
	var_walk(&fwd, fseen, fq, nf);
	var_walk(&back, bseen, bq, nb);
	for (int v = 0; v < nv; v++) fseen[v] |= bseen[v];
	free(fwd.first); free(fwd.next); free(fwd.to);
	free(back.first); free(back.next); free(back.to);
	free(bseen); free(fq); free(bq);
	return fseen;
}

static bool releases_arg(const Unit *u, const Call *c, int i);

static bool has_annotation(const Annot *a) { return a->mode != MODE_NONE || a->lifetime; }

/* The variables an operand's value comes from: its own, and the pointer it
 * is loaded from or derived from (p->next, &p->f, *pp). */
/* &p->f, &p->f.g, ... where each field is its struct's first (at offset 0):
 * p's own address (C11 6.7.2.1p15; a base class's pointer in C, htop's pl =
 * &this->super). p's place, or -1. */
static int start_pointer(const Function *f, const Operand *op) {
	if (op->kind != OP_ADDR || op->place < 0 || f->places[op->place].kind != PJ_FIELD) return -1;
	int p = op->place;
	while (f->places[p].kind == PJ_FIELD && f->places[p].at_start) p = f->places[p].parent;
	return f->places[p].kind == PJ_DEREF ? f->places[p].parent : -1;
}

static void operand_vars(const Function *f, const Operand *op, int out[2]) {
	out[0] = operand_var(f, op);
	int ptr = (op->kind == OP_PLACE || op->kind == OP_ADDR) && op->place >= 0 ? pointer_under(f, op->place) : -1;
	out[1] = ptr >= 0 ? f->places[ptr].var : -1;
}

static void var_link(VarEdges *e, int a, int b) {
	if (a < 0 || b < 0 || a == b) return;
	var_edge(e, a, b);
	var_edge(e, b, a);
}

/* Does the call give argument i a state of its own: move it (OWNED), fill
 * it (OUT_OWNED, or an owning slot: BORROW_MUT of a pointer to a pointer)?
 * A borrow is only a use; a release is asked apart (releases_arg). */
static bool call_marks_arg(const Call *c, int i) {
	if (!c->sig || i >= c->sig->nparams) return false;
	const Param *p = &c->sig->params[i];
	return p->annot.mode == MODE_OWNED || p->annot.mode == MODE_OUT_OWNED ||
	       (p->annot.mode == MODE_BORROW_MUT && (p->flags & PF_PTR_TO_PTR)) || (call_reallocates(c) && i == 0);
}

/* Is &place the address of a local (origin_of_addr's ORIG_STACK)? */
static bool stack_address(const Function *f, int place) {
	VarKind k = f->vars[f->places[place].var].kind;
	return pointer_under(f, place) < 0 && k != VK_GLOBAL && k != VK_STATIC;
}

/* A pointer place a test of NULL may read. */
static int pointer_var(const Function *f, const Operand *op) {
	return op->kind == OP_PLACE && op->place >= 0 && is_tracked_place(f, op->place) ? f->places[op->place].var : -1;
}

/* A check need not follow the variables whose pointers only ever hold what
 * ownck knows nothing about: such a pointer is "other" wherever it is read,
 * joins no alias class worth having, makes no path infeasible, and nothing
 * is ever reported about it. In a big unannotated function they are most
 * of the pointers (sqlite3VdbeExec's), and each one made every state of the
 * dataflow wider. A variable is followed when something gives its pointers
 * a state of their own -- an allocation, a release, a move or an annotated
 * callee's contract, a local's address (it may dangle or be returned), or
 * NULL that flows into a pointer a test reads (which may cut a path) -- or
 * when a value flows between it and one that is: the undirected closure
 * of those seeds over assignments, loads and given-back results. (A string,
 * a function or a global's address matters only to a release, which is a
 * seed: what flows into a released pointer is followed.) A function with
 * an annotation anywhere is followed whole (its contracts read parameters
 * and returns), and so is one whose states --explain-states shows.
 * OWNCK_FOLLOW_ALL=1 follows everything everywhere: the same findings, or
 * this choice is wrong (testsuite/cli/follow_all.sh).
 * NULL: follow everything. */
static bool *check_vars(const Own *o) {
	const Function *f = o->f;
	const char *all = getenv("OWNCK_FOLLOW_ALL");
	if (o->points || (f->sig && f->sig->annotated) || (all && !strcmp(all, "1"))) return NULL;
	for (int p = 0; p < f->nplaces; p++)
		if (has_annotation(&f->places[p].annot)) return NULL;
	for (int v = 0; v < f->nvars; v++)
		if (has_annotation(&f->vars[v].annot)) return NULL;
	int nv = f->nvars ? f->nvars : 1, ne = 0;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			ne += s->kind == ST_ASSIGN ? 4 : s->kind == ST_CALL ? 4 * (s->call->nargs + 1) : 0;
		}
	VarEdges e = {xmalloc(sizeof(int) * (size_t)nv), xmalloc(sizeof(int) * (size_t)(ne + 1)),
	              xmalloc(sizeof(int) * (size_t)(ne + 1)), 0};
	VarEdges back = {xmalloc(sizeof(int) * (size_t)nv), xmalloc(sizeof(int) * (size_t)(ne + 1)),
	                 xmalloc(sizeof(int) * (size_t)(ne + 1)), 0};   /* where a value (NULL) comes from */
	for (int v = 0; v < nv; v++) e.first[v] = back.first[v] = -1;
	bool *seen = xcalloc((size_t)nv, sizeof(bool)), *tested = xcalloc((size_t)nv, sizeof(bool));
	bool *nulled = xcalloc((size_t)nv, sizeof(bool));
	int *queue = xmalloc(sizeof(int) * (size_t)nv), nq = 0;
#define SEED(v) do { int v_ = (v); if (v_ >= 0 && !seen[v_]) { seen[v_] = true; queue[nq++] = v_; } } while (0)
	for (int b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		int tv = t->kind == T_BRANCH ? pointer_var(f, &t->cond) : -1;
		if (tv >= 0) tested[tv] = true;
	}
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			int dst = dst_var(f, s), from[2];
			if (s->kind == ST_ASSIGN) {
				int k = s->src.kind;
				if (k == OP_ADDR && s->src.place >= 0 && stack_address(f, s->src.place)) SEED(dst);
				if (dst >= 0 && is_tracked_place(f, s->dst) && (k == OP_NULL || (k == OP_CONST && !s->src.value)))
					nulled[dst] = true;
				operand_vars(f, &s->src, from);
				int sp = start_pointer(f, &s->src);   /* but &p->first is p */
				if (sp >= 0) from[0] = f->places[sp].var;
				/* d = &p->f points into p's block: followed where p is (step_assign); the
				 * other way round would follow p, and all p exchanges values with, for d */
				if (k == OP_ADDR && from[0] < 0 && from[1] >= 0 && dst >= 0 && f->places[s->dst].kind == PJ_BASE &&
				    from[1] != dst)
					var_edge(&e, from[1], dst);
				var_link(&e, dst, from[0]);   /* not from[1]: what p->f holds is not p's */
				if (dst >= 0 && from[0] >= 0 && !s->compound) var_edge(&back, dst, from[0]);
			}
			if (s->kind != ST_CALL) continue;
			const Call *c = s->call;
			const Summary *sum = c->summary;
			bool owned = (c->sig && c->sig->ret.mode == MODE_OWNED) || (sum && sum->allocator);
			bool tied = c->sig && (has_annotation(&c->sig->ret) || c->sig->ret_borrower);
			if (owned || tied) SEED(dst);
			int given = returned_arg(c, sum);
			for (int k = 0; k < c->nargs; k++) {
				operand_vars(f, &c->args[k], from);
				if (call_marks_arg(c, k)) SEED(from[0]);
				if (releases_arg(o->u, c, k)) {   /* free(&x) needs nothing followed; free(&p[i]) needs p */
					if (c->args[k].kind == OP_PLACE) SEED(from[0]);
					SEED(from[1]);
				}
				int tv = sum && k < 64 && ((sum->aborts_on_null >> k) & 1) ? pointer_var(f, &c->args[k]) : -1;
				if (tv >= 0) tested[tv] = true;   /* it does not return with NULL: a test */
				bool returned = given == k;
				if (tied || returned) var_link(&e, dst, from[0]);
				if (returned && dst >= 0 && from[0] >= 0) var_edge(&back, dst, from[0]);
			}
		}
	/* NULL matters where a test of it can cut a path: in the variables a
	 * pointer test reads, and those whose values flow into one (an alias
	 * class holds one value, so a member is NULL only where the tested
	 * place's value came from a NULL) */
	int *tq = xmalloc(sizeof(int) * (size_t)nv), nt = 0;
	for (int v = 0; v < nv; v++)
		if (tested[v]) tq[nt++] = v;
	var_walk(&back, tested, tq, nt);
	for (int v = 0; v < nv; v++)
		if (nulled[v] && tested[v]) SEED(v);
#undef SEED
	var_walk(&e, seen, queue, nq);
	free(e.first); free(e.next); free(e.to);
	free(back.first); free(back.next); free(back.to);
	free(queue);
	free(tq);
	free(tested);
	free(nulled);
	return seen;
}

/* Gives the tracked places of the wanted variables (NULL: all) their
 * indices in a state; returns how many a state holds. */
static int layout(Own *o, const bool *wanted) {
	const Function *f = o->f;
	int ns = f->nscopes;
	int *count = xcalloc((size_t)ns + 1, sizeof(int)), *base = xcalloc((size_t)ns + 1, sizeof(int));
	o->ntracked = 0;
	int ngroups = 0, temps_width = 0;
	for (int v = 0; v < f->nvars; v++)
		if (f->vars[v].kind == VK_TEMP && f->vars[v].group >= ngroups) ngroups = f->vars[v].group + 1;
	int *in_group = xcalloc((size_t)ngroups + 1, sizeof(int));
	for (int p = 0; p < f->nplaces; p++) {
		o->track[p] = -1;
		if (!is_tracked_place(f, p) || (wanted && !wanted[f->places[p].var])) continue;
		if (shares_slot(f, p)) { count[f->vars[f->places[p].var].scope]++; continue; }
		if (temp_slot(f, p)) {
			int n = ++in_group[f->vars[f->places[p].var].group];
			if (n > temps_width) temps_width = n;
			continue;
		}
		o->ghost_param[o->ntracked] = -1;
		o->track[p] = o->ntracked;
		o->place_of[o->ntracked++] = p;
	}
	/* a scope's slots follow its ancestors' (a parent's index is smaller) */
	int fixed = o->ntracked, width = 0;
	for (int sc = 0; sc < ns; sc++) {
		int up = f->scope_parent[sc];
		base[sc] = up >= 0 ? base[up] + count[up] : 0;
		if (base[sc] + count[sc] > width) width = base[sc] + count[sc];
	}
	for (int p = 0; p < f->nplaces; p++) {
		if (!is_tracked_place(f, p) || (wanted && !wanted[f->places[p].var]) || !shares_slot(f, p)) continue;
		int sc = f->vars[f->places[p].var].scope;
		int slot = fixed + base[sc]++;
		o->track[p] = slot;
		o->place_of[slot] = p;
		o->ghost_param[slot] = -1;
	}
	int temps_at = fixed + width;
	memset(in_group, 0, sizeof(int) * (size_t)(ngroups + 1));
	for (int p = 0; p < f->nplaces; p++) {
		if (!is_tracked_place(f, p) || (wanted && !wanted[f->places[p].var]) || !temp_slot(f, p)) continue;
		int slot = temps_at + in_group[f->vars[f->places[p].var].group]++;
		o->track[p] = slot;
		o->place_of[slot] = p;
		o->ghost_param[slot] = -1;
	}
	free(in_group);
	free(count);
	free(base);
	return temps_at + temps_width;
}

/* What layout(o, NULL) would count, leaving o's layout as it is (the
 * scratch layout is the run's, gone with it). */
static int full_width(Own *o) {
	const Function *f = o->f;
	int *track = o->track, *place_of = o->place_of, *ghost = o->ghost_param, ntracked = o->ntracked;
	int cap = f->nplaces + f->nparams + 1;
	o->track = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nplaces ? f->nplaces : 1));
	o->place_of = arena_raw(&o->tmp, sizeof(int) * (size_t)cap);
	o->ghost_param = arena_raw(&o->tmp, sizeof(int) * (size_t)cap);
	int width = layout(o, NULL);
	o->track = track;
	o->place_of = place_of;
	o->ghost_param = ghost;
	o->ntracked = ntracked;
	return width;
}

static void index_places(Own *o) {
	const Function *f = o->f;
	int cap = f->nplaces + f->nparams + 1;
	o->track = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nplaces ? f->nplaces : 1));
	o->place_of = arena_raw(&o->tmp, sizeof(int) * (size_t)cap);
	o->ghost_param = xmalloc(sizeof(int) * (size_t)cap);
	bool *wanted = o->summary ? summary_vars(f, o->all_params) : check_vars(o);
	/* a check's facet count is what following every variable allows, so
	 * that following fewer changes no result (worked out by full_width when
	 * the check solves: most have nothing to check) */
	o->facet_width = o->summary || !wanted ? -1 : -2;
	o->ntracked = layout(o, wanted);
	free(wanted);
	o->nreal = o->ntracked;
	index_vars(o);
	/* Summaries judge what happens to each parameter's original value, even
	 * when the parameter is reassigned (while (n) { next = n->next; free(n); n = next; }). */
	for (int v = 0; o->summary && v < f->nparams && v < 64; v++) {
		if (o->track[v] < 0) continue;   /* parameters' base places have their index */
		o->ghost_param[o->ntracked] = v;
		o->place_of[o->ntracked++] = v;
	}
	o->stmt_base = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nblocks + 1));
	int g = 0;
	for (int b = 0; b < f->nblocks; b++) {
		o->stmt_base[b] = g;
		g += f->blocks[b].nstmts;
	}
	o->stmt_base[f->nblocks] = g;
}

/* A shared slot's occupant is the variable the statement names: messages
 * and place tests (place_of) must see that one. */
static void claim_root(Own *o, int place) {
	if (place < 0) return;
	int p = o->var_base[o->f->places[place].var];
	if (p >= 0 && o->track[p] >= 0) o->place_of[o->track[p]] = p;
}

static void claim(Own *o, const Stmt *s) {
	if (s->kind == ST_DEAD) { if (o->var_base[s->var] >= 0) claim_root(o, o->var_base[s->var]); return; }
	if (s->dst >= 0) claim_root(o, s->dst);
	if (s->src.kind == OP_PLACE || s->src.kind == OP_ADDR) claim_root(o, s->src.place);
	if (s->kind != ST_CALL) return;
	for (int k = 0; k < s->call->nargs; k++)
		if (s->call->args[k].kind == OP_PLACE || s->call->args[k].kind == OP_ADDR) claim_root(o, s->call->args[k].place);
	if (s->call->fn.kind == OP_PLACE) claim_root(o, s->call->fn.place);
}

static bool is_ghost(const Own *o, int t) { return t >= o->nreal; }

static int tracked(const Own *o, const Operand *op) {
	if (op->kind != OP_PLACE || op->place < 0) return -1;
	return o->track[op->place];
}

/* The block holding statement gid, or -1. */
static int block_of(const Own *o, int gid) {
	int lo = 0, hi = o->f->nblocks - 1;
	while (lo < hi) {   /* the last block whose base is <= gid */
		int mid = (lo + hi + 1) / 2;
		if (o->stmt_base[mid] <= gid) lo = mid;
		else hi = mid - 1;
	}
	while (lo < o->f->nblocks && o->f->blocks[lo].nstmts == 0) lo++;
	for (int b = lo; b < o->f->nblocks; b++)
		if (gid < o->stmt_base[b + 1]) return b;
	return -1;
}

static const Stmt *stmt_of(const Own *o, int gid) {
	int b = block_of(o, gid);
	return b >= 0 ? &o->f->blocks[b].stmts[gid - o->stmt_base[b]] : NULL;
}

/* ---- states ---- */

static void set_fresh(VState *v, int self, uint8_t mask, bool strict) {
	v->mask = mask;
	v->strict = strict;
	v->offkind = OFF_NONE;
	v->origin = 0;
	v->nonnull = 0;
	v->offset = 0;
	v->alias = self;
	v->link = -1;
	v->family = -1;
	v->alloc = -1;
	v->vsite = -1;
	v->offsite = -1;
	v->ovar = -1;
	v->dsite = -1;
	v->ssite = -1;
	v->pmask = 0;
	for (int i = 0; i < OWN_MAX_SITES; i++) v->sites[i] = -1;
}

/* Lent (lent_interior) and owning nothing on any path. */
static bool only_lent(const VState *v) {
	return (v->origin & ORIG_LENT) && !(v->mask & (OS_OWNED | OS_MAYBE));
}

static void add_site(VState *v, int site) {
	int n = 0, tmp[OWN_MAX_SITES + 1];
	bool placed = false;
	for (int i = 0; i < OWN_MAX_SITES && v->sites[i] >= 0; i++) {
		if (v->sites[i] == site) return;
		if (!placed && site < v->sites[i]) { tmp[n++] = site; placed = true; }
		tmp[n++] = v->sites[i];
	}
	if (!placed) tmp[n++] = site;
	for (int i = 0; i < OWN_MAX_SITES; i++) v->sites[i] = i < n ? tmp[i] : -1;
}

static void entry_vs(Own *o, VState *st) {
	for (int t = 0; t < o->ntracked; t++) {
		const Place *pl = &o->f->places[o->place_of[t]];
		const Var *v = &o->f->vars[pl->var];
		uint8_t mask = OS_UNINIT;
		bool strict = false;
		if (pl->kind != PJ_BASE) {
			mask = v->kind == VK_PARAM || through_deref(o->f, o->place_of[t]) ? OS_OTHER : OS_UNINIT;
			strict = pl->annot.mode == MODE_OWNED;
		} else if (v->kind == VK_PARAM) {
			bool owned = v->annot.mode == MODE_OWNED || (o->summary && v->annot.mode == MODE_NONE);
			mask = owned ? OS_OWNED | OS_NULL : OS_OTHER;
			strict = v->annot.mode == MODE_OWNED;
		}
		set_fresh(&st[t], t, mask, strict);
		if (pl->kind == PJ_BASE && v->kind == VK_PARAM && (mask & OS_OWNED)) st[t].alloc = ALLOC_PARAM;
		if (pl->kind == PJ_BASE && v->kind == VK_PARAM && pl->var < 64) st[t].pmask = 1ull << pl->var;
		if (is_ghost(o, t)) {
			int real = o->track[o->place_of[t]];
			st[t] = st[real];
			st[t].alias = real;
			st[real].shared = 1;
		}
	}
}

static int class_root(int *parent, int x) {
	while (parent[x] != x) x = parent[x] = parent[parent[x]];
	return x;
}

/* Values that alias on one path and not on another may alias: their classes
 * merge (releasing one then counts for both), rather than split, which would
 * report the other as leaked. */
/* A summary must not say a parameter is released because a value it only
 * may alias was (`h(real ? real : path); free(real)`): a ghost whose class
 * would grow at this join, on either side, stands alone. */
static bool *ghosts_alone(const Own *o, const VState *d, const VState *s, int *parent) {
	int n = o->ntracked, ng = n - o->nreal;
	bool *alone = o->scratch_alone;
	memset(alone, 0, sizeof(bool) * (size_t)(ng > 0 ? ng : 1));
	for (int g = o->nreal; g < n; g++) {
		if (d[g].alias != s[g].alias) continue;
		int r = class_root(parent, d[g].alias);
		for (int m = 0; m < n && !alone[g - o->nreal]; m++) {
			bool joined = class_root(parent, m) == r;
			alone[g - o->nreal] = joined != (d[m].alias == d[g].alias) || joined != (s[m].alias == s[g].alias);
		}
	}
	return alone;
}

static bool join_aliases(const Own *o, VState *d, const VState *s, bool *cursors) {
	int n = o->ntracked;
	bool differ = false;
	*cursors = false;
	for (int t = 0; t < n && !differ; t++) differ = d[t].alias != s[t].alias;
	if (!differ) return false;
	int *parent = o->scratch_parent;
	for (int t = 0; t < n; t++) parent[t] = t;
	bool *cursor = o->scratch_cursor;
	for (int t = 0; t < o->nreal; t++) {
		/* a pointer into one block allocated here on one path and into another
		 * on the other (mlt = c ? &nhlines[i] : &nmlines[j], screen's
		 * resize.c): it says nothing of the two blocks, which stay apart; it
		 * leaves them both. (Into a caller's buffer on one side it keeps what
		 * a test against that buffer says: ok_growth_from_caller_buffer.c.) */
		cursor[t] = d[t].alias != s[t].alias && d[t].alias != t && s[t].alias != t &&
		            (d[t].offkind != OFF_NONE || s[t].offkind != OFF_NONE) && d[t].alloc >= 0 && s[t].alloc >= 0 &&
		            d[t].alloc != s[t].alloc;
		if (cursor[t]) { *cursors = true; continue; }
		int a = class_root(parent, d[t].alias), b = class_root(parent, s[t].alias);
		int c = class_root(parent, t);
		int r = a < b ? a : b;
		r = r < c ? r : c;
		parent[a] = parent[b] = parent[c] = r;
	}
	bool *alone = ghosts_alone(o, d, s, parent);
	bool changed = false;
	for (int t = 0; t < o->nreal; t++)
		if (cursor[t]) {   /* borrowed from either, owning neither: as a value ownck does not follow */
			set_fresh(&d[t], t, OS_OTHER, false);
			changed = true;
		}
	for (int t = 0; t < n; t++) {
		if (t < o->nreal && cursor[t]) continue;
		/* a ghost is a parameter's original value: where the paths disagree on
		 * what it aliases, it stands alone rather than join a may-alias class */
		int r = t >= o->nreal && (d[t].alias != s[t].alias || alone[t - o->nreal]) ? t : class_root(parent, t);
		if (t >= o->nreal && r != t) r = class_root(parent, d[t].alias);
		if (d[t].alias != r) { d[t].alias = r; changed = true; }
		if (r != t) d[r].shared = 1;
	}
	return changed;
}

static size_t vs_size(const Own *o) { return sizeof(VState) * (size_t)(o->ntracked ? o->ntracked : 1); }

/* memcmp's equality, inline: join_vs asks it of every tracked place at
 * every join, and a call per 72 bytes was most of the cost. */
_Static_assert(sizeof(VState) % sizeof(uint64_t) == 0, "VState compares by words");
static bool vs_same(const VState *a, const VState *b) {
	for (size_t i = 0; i < sizeof *a; i += sizeof(uint64_t)) {
		uint64_t x, y;
		memcpy(&x, (const char *)a + i, sizeof x);
		memcpy(&y, (const char *)b + i, sizeof y);
		if (x != y) return false;
	}
	return true;
}

static bool join_vs(const Own *o, VState *d, const VState *s) {
	if (!memcmp(d, s, vs_size(o))) return false;   /* the common case at a join point; joins are idempotent */
	bool cursors;
	bool changed = join_aliases(o, d, s, &cursors);
	for (int t = 0; t < o->ntracked; t++) {
		if (vs_same(&d[t], &s[t]) || (cursors && t < o->nreal && o->scratch_cursor[t])) continue;
		VState old = d[t];
		/* non-null OTHER on both sides that have one (a literal or NULL: if (!p) p = "";) */
		d[t].nonnull = (!(d[t].mask & OS_OTHER) || d[t].nonnull) && (!(s[t].mask & OS_OTHER) || s[t].nonnull);
		d[t].mask |= s[t].mask;
		d[t].strict |= s[t].strict;
		d[t].shared |= s[t].shared;

		if (d[t].link != s[t].link) d[t].link = -1;
		/* which local it points into: known while only one is possible */
		if (d[t].ovar != s[t].ovar && (s[t].origin & ORIG_STACK))
			d[t].ovar = (d[t].origin & ORIG_STACK) ? -1 : s[t].ovar;
		d[t].origin |= s[t].origin;
		if (d[t].family != s[t].family) d[t].family = -1;
		if (d[t].alloc < 0 && d[t].alloc != ALLOC_PARAM) d[t].alloc = s[t].alloc;
		if (d[t].vsite < 0) d[t].vsite = s[t].vsite;
		if (d[t].offsite < 0) d[t].offsite = s[t].offsite;

		if (d[t].dsite < 0) d[t].dsite = s[t].dsite;
		d[t].pmask |= s[t].pmask;
		if (d[t].ssite < 0) d[t].ssite = s[t].ssite;
		if (d[t].offkind != s[t].offkind || d[t].offset != s[t].offset) {
			/* a path that walks it back says where the others go (the loop of
			 * p -= n after p += len - 1: its entry is moved, its back edge rewound) */
			if (d[t].offkind == OFF_REWOUND || s[t].offkind == OFF_REWOUND) d[t].offkind = OFF_REWOUND, d[t].offset = 0;
			else if (d[t].offkind != OFF_NONE || s[t].offkind != OFF_NONE) d[t].offkind = OFF_UNKNOWN;
		}
		for (int i = 0; i < OWN_MAX_SITES && s[t].sites[i] >= 0; i++) add_site(&d[t], s[t].sites[i]);
		if (!vs_same(&old, &d[t])) changed = true;
	}
	return changed;
}

/* ---- facets: path sensitivity on correlated conditions (7.36) ----
 *
 * A state is a few facets, each a valuation of the condition locals (which
 * are known true, known false, or unknown) with the ownership states of the
 * paths that agree on it. A branch on a known condition sends a facet one
 * way only, so `if (c) free(p); ... if (!c) free(p);` has no double free.
 * The facet count is bounded; past it, facets merge (losing precision only). */

typedef struct FacetHdr { uint32_t known, value; } FacetHdr;

enum { MAX_FACETS = 16 };

static size_t facet_size(const Own *o) { return sizeof(FacetHdr) + vs_size(o); }
static size_t state_size(const Own *o) { return sizeof(int32_t) * 2 + facet_size(o) * (size_t)o->max_facets; }
static int32_t *nfacets(void *state) { return state; }
static FacetHdr *facet_hdr(const Own *o, void *state, int i) {
	return (FacetHdr *)((char *)state + sizeof(int32_t) * 2 + facet_size(o) * (size_t)i);
}
static VState *facet_vs(const Own *o, void *state, int i) { return (VState *)(facet_hdr(o, state, i) + 1); }

/* States are sized for max_facets, but only the first nfacets hold anything. */
static size_t used_size(void *ctx, const void *state) {
	const Own *o = ctx;
	return sizeof(int32_t) * 2 + facet_size(o) * (size_t)*(const int32_t *)state;
}

static void entry_state(void *ctx, void *state) {
	Own *o = ctx;
	memset(state, 0, sizeof(int32_t) * 2 + facet_size(o));
	*nfacets(state) = 1;
	entry_vs(o, facet_vs(o, state, 0));
}

static int facet_cmp(const FacetHdr *a, const FacetHdr *b) {
	if (a->known != b->known) return a->known < b->known ? -1 : 1;
	if (a->value != b->value) return a->value < b->value ? -1 : 1;
	return 0;
}

static void sort_facets(Own *o, void *state);

/* a's valuation says nothing b's does not, and b knows more only of
 * conditions that may merge: b's paths are some of a's. */
static bool valuation_within(const Own *o, const FacetHdr *a, const FacetHdr *b) {
	return !(a->known & ~b->known) && !((a->value ^ b->value) & a->known) && !(b->known & ~a->known & ~o->merge_bits);
}

/* Facets with the same states whose valuations are twins (the same
 * conditions known, one with opposite values) or nested are one facet
 * knowing only what both know. The paths and their states are exactly those
 * of the two; only what the valuation says of the conditions outside
 * merge_bits is kept apart, as a check reads those (return_before_reset).
 * On sqlite3.c most multi-facet states hold such pairs: a branch on a
 * condition that changed nothing since. */
static bool merge_equal_facets(Own *o, void *state) {
	int n = *nfacets(state);
	size_t fs = facet_size(o), vs = vs_size(o);
	bool any = false;
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++) {
			FacetHdr *a = facet_hdr(o, state, i), *b = facet_hdr(o, state, j);
			uint32_t diff = a->value ^ b->value;
			bool twins = a->known == b->known && !(diff & (diff - 1)) && (diff & o->merge_bits);
			if (!twins && !valuation_within(o, a, b) && !valuation_within(o, b, a)) continue;
			if (memcmp(a + 1, b + 1, vs)) continue;
			if (twins) {
				a->known &= ~diff;
				a->value &= ~diff;
			} else if (valuation_within(o, b, a)) {
				*a = *b;
			}
			memmove(b, (char *)b + fs, fs * (size_t)(n - j - 1));
			*nfacets(state) = --n;
			any = true;
			j = i;   /* a changed: compare it with the rest again */
		}
	return any;
}

/* Sorts facets and merges those with the same valuation, and those with
 * the same states where merge_bits allows (merge_equal_facets). */
static void normalize(Own *o, void *state) {
	if (*nfacets(state) < 2) return;   /* the common case: one facet is sorted and has no twin */
	do sort_facets(o, state);
	while (o->merge_bits && *nfacets(state) > 1 && merge_equal_facets(o, state));
}

static void sort_facets(Own *o, void *state) {
	int n = *nfacets(state);
	size_t fs = facet_size(o);
	char *tmp = o->scratch_facet;
	for (int i = 1; i < n; i++) {   /* insertion sort (n is tiny), a facet moved once */
		int j = i;
		while (j > 0 && facet_cmp(facet_hdr(o, state, j - 1), facet_hdr(o, state, i)) > 0) j--;
		if (j == i) continue;
		memcpy(tmp, facet_hdr(o, state, i), fs);
		memmove(facet_hdr(o, state, j + 1), facet_hdr(o, state, j), fs * (size_t)(i - j));
		memcpy(facet_hdr(o, state, j), tmp, fs);
	}
	int out = 0;
	for (int i = 0; i < n; i++) {
		if (out && !facet_cmp(facet_hdr(o, state, out - 1), facet_hdr(o, state, i))) {
			join_vs(o, facet_vs(o, state, out - 1), facet_vs(o, state, i));
			continue;
		}
		if (out != i) memcpy(facet_hdr(o, state, out), facet_hdr(o, state, i), fs);
		out++;
	}
	*nfacets(state) = out;
}

/* Too many facets: keep only what all of them agree on, in one facet. */
static void collapse(Own *o, void *state) {
	int n = *nfacets(state);
	FacetHdr *h0 = facet_hdr(o, state, 0);
	for (int i = 1; i < n; i++) {
		FacetHdr *h = facet_hdr(o, state, i);
		h0->known &= h->known & ~(h0->value ^ h->value);
		join_vs(o, facet_vs(o, state, 0), facet_vs(o, state, i));
	}
	h0->value &= h0->known;
	*nfacets(state) = 1;
}

/* A state's facet headers side by side: a search for a valuation reads
 * one cache line, not one per facet (facets are kilobytes apart). */
static int headers_of(const Own *o, void *state, FacetHdr *out) {
	int n = *nfacets(state);
	for (int i = 0; i < n; i++) out[i] = *facet_hdr(o, state, i);
	return n;
}

/* The first of the n headers with hdr's valuation, or n. */
static int find_facet(const FacetHdr *hd, int n, const FacetHdr *hdr) {
	int k = 0;
	while (k < n && facet_cmp(&hd[k], hdr)) k++;
	return k;
}

/* A facet of dst holds sh's paths already, as merge_equal_facets left them.
 * Without this a join would add the facet, see it merged away again, and
 * still call that a change: the block would be stepped again for nothing. */
static bool covered(const Own *o, void *dst, const FacetHdr *hd, int n, const FacetHdr *sh) {
	for (int k = 0; k < n; k++)
		if (valuation_within(o, &hd[k], sh) && !memcmp(facet_vs(o, dst, k), sh + 1, vs_size(o))) return true;
	return false;
}

static void forget_conds(Own *o, void *state, uint32_t bits);

/* A full state forgets what it knows of the weak bits (the tests of
 * pointers) before collapse gives up every correlation: the tests of ints
 * and pure expressions, the older and the commoner idiom, keep theirs
 * (curl's url.c: a result code and eight pointers in one function). */
static void shed_weak_bits(Own *o, void *state) {
	uint32_t held = 0;
	for (int k = 0; k < *nfacets(state); k++) held |= facet_hdr(o, state, k)->known & o->weak_bits;
	if (held) forget_conds(o, state, held);
}

static void index_cond_distance(Own *o);

/* make_room's calls in one solve, past which a full state collapses: a
 * function that overflows at every join (sqlite's sqlite3_str_vappendf,
 * selectExpander) keeps small states. A summary needs fewer correlations
 * than a check (what becomes of each parameter on every path). */
enum { MAX_ROOMS_CHECK = 64, MAX_ROOMS_SUMMARY = 8 };

/* A full state at block's entry, its weak bits shed, forgets the
 * conditions tested again the farthest ahead (or never) until half its
 * facets are left, where collapse gave up every correlation: those tested
 * next keep theirs, as a cache keeps what it needs soonest. curl's
 * getparameter and parseconfig hold the tests of a result code and flags
 * from the top when a stream is opened, or a parameter allocated, under a
 * flag tested again a few blocks on to close or free it. Returns the bits
 * forgotten; 0 when collapse must do (no liveness to go by, or the calls
 * spent). */
static uint32_t make_room(Own *o, int block, void *state) {
	if (!o->cond_use || o->rooms++ >= (o->summary ? MAX_ROOMS_SUMMARY : MAX_ROOMS_CHECK)) return 0;
	if (!o->cond_dist) index_cond_distance(o);
	const uint16_t *d = &o->cond_dist[(size_t)block * (size_t)o->ncond];
	uint32_t held = 0, forgot = 0;   /* forgetting one merges only facets that know the same */
	for (int k = 0; k < *nfacets(state); k++) held |= facet_hdr(o, state, k)->known;
	while (*nfacets(state) > o->max_facets / 2 && (held & ~forgot)) {
		int pick = -1;
		for (uint32_t m = held & ~forgot; m; m &= m - 1) {
			int bit = __builtin_ctz(m);
			if (pick < 0 || d[bit] > d[pick]) pick = bit;
		}
		forget_conds(o, state, 1u << pick);
		forgot |= 1u << pick;
	}
	return forgot;
}

static bool join_states(void *ctx, int block, void *dst, const void *src) {
	Own *o = ctx;
	void *s = (void *)src;
	bool changed = false, shed = false;
	uint32_t forgot = 0;   /* make_room's */
	FacetHdr hd[MAX_FACETS];
	int n = headers_of(o, dst, hd);
	for (int i = 0; i < *nfacets(s); i++) {
		FacetHdr *sh = facet_hdr(o, s, i);
		uint32_t strip = (shed ? o->weak_bits : 0) | forgot;
		if (sh->known & strip) {   /* what dst forgot, the facets joined into it forget too */
			memcpy(o->scratch_shed, sh, facet_size(o));
			sh = (FacetHdr *)o->scratch_shed;
			sh->known &= ~strip;
			sh->value &= sh->known;
		}
		int k = find_facet(hd, n, sh);
		if (k < n) {
			changed |= join_vs(o, facet_vs(o, dst, k), facet_vs(o, s, i));
			continue;
		}
		if (o->merge_bits && covered(o, dst, hd, n, sh)) continue;
		changed = true;
		if (n == o->max_facets && !shed && o->weak_bits) {
			shed = true;
			shed_weak_bits(o, dst);
			n = headers_of(o, dst, hd);
			i--;   /* this facet again, without its weak bits */
			continue;
		}
		uint32_t room = n == o->max_facets ? make_room(o, block, dst) : 0;
		if (room) {
			forgot |= room;
			n = headers_of(o, dst, hd);
			i--;   /* this facet again, without what dst forgot */
			continue;
		}
		if (n == o->max_facets) {   /* merge into the widest facet */
			collapse(o, dst);
			FacetHdr *h0 = facet_hdr(o, dst, 0);
			h0->known &= sh->known & ~(h0->value ^ sh->value);
			h0->value &= h0->known;
			join_vs(o, facet_vs(o, dst, 0), facet_vs(o, s, i));
			n = headers_of(o, dst, hd);
			continue;
		}
		memcpy(facet_hdr(o, dst, n), sh, facet_size(o));
		hd[n] = *sh;
		*nfacets(dst) = ++n;
	}
	if (changed) normalize(o, dst);
	return changed;
}

/* join_states adds only the facets dst lacks, and never holds more than
 * max_facets: a join point is not grown for facets it already has. */
static size_t join_size(void *ctx, const void *dst, const void *src) {
	Own *o = ctx;
	void *d = (void *)dst, *s = (void *)src;
	FacetHdr hd[MAX_FACETS];
	int n = headers_of(o, d, hd), add = 0;
	for (int i = 0; i < *nfacets(s); i++) add += find_facet(hd, n, facet_hdr(o, s, i)) == n;
	int total = n + add < o->max_facets ? n + add : o->max_facets;
	return sizeof(int32_t) * 2 + facet_size(o) * (size_t)(total > n ? total : n);
}

/* Conditions that changed: their values are unknown in every facet. A
 * state no facet of which knew any of them is left as it was. */
static void forget_conds(Own *o, void *state, uint32_t bits) {
	bool any = false;
	for (int i = 0; i < *nfacets(state); i++) {
		FacetHdr *h = facet_hdr(o, state, i);
		any |= (h->known & bits) != 0;
		h->known &= ~bits;
		h->value &= ~bits;
	}
	if (any) normalize(o, state);
}

static void forget_cond(Own *o, void *state, int bit) {
	if (bit >= 0) forget_conds(o, state, 1u << bit);
}

/* Forgets in every facet the bits outside keep (index_cond_liveness). */
static void keep_conds(Own *o, void *state, uint32_t keep) {
	bool any = false;
	for (int i = 0; i < *nfacets(state); i++) {
		FacetHdr *h = facet_hdr(o, state, i);
		if (!(h->known & ~keep)) continue;
		h->known &= keep;
		h->value &= keep;
		any = true;
	}
	if (any) normalize(o, state);
}

/* Every member of t's alias class, t included. */
/* A representative nobody refers to (!shared) is a class of one. */
static int class_first(const Own *o, const VState *st, int t) {
	(void)o;
	return st[t].alias == t && !st[t].shared ? t : 0;
}
static int class_end(const Own *o, const VState *st, int t) {
	return st[t].alias == t && !st[t].shared ? t + 1 : o->ntracked;
}

#define FOR_CLASS(o, st, t, m) \
	for (int m = class_first(o, st, t), m##_end = class_end(o, st, t); m < m##_end; m++) \
		if (m == (t) || ((st)[m].alias == (st)[t].alias && (st)[t].alias != -1 && \
		                 !((st)[m].mask & OS_UNINIT && (st)[m].mask == OS_UNINIT)))

/* t stops sharing a class: members that used t as representative re-root. */
static void leave_class(Own *o, VState *st, int t) {
	if (st[t].alias != t || !st[t].shared) {   /* nobody refers to it */
		st[t].alias = t;
		return;
	}
	int new_root = -1, members = 0;
	for (int m = 0; m < o->ntracked; m++) {
		if (m == t || st[m].alias != t) continue;
		if (new_root < 0) new_root = m;
		st[m].alias = new_root;
		members++;
	}
	if (new_root >= 0) st[new_root].shared = members > 1;
	st[t].alias = t;
	st[t].shared = 0;
}

/* Field places reached through `var` describe the old object once var changes. */
static void forget_fields_of(Own *o, VState *st, int var) {
	for (int k = o->var_tstart[var]; k < o->var_tstart[var + 1]; k++) {
		int m = o->var_tracked[k], p = o->place_of[m];
		if (o->f->places[p].kind == PJ_BASE) continue;
		if (!through_deref(o->f, p)) continue;
		leave_class(o, st, m);
		set_fresh(&st[m], m, OS_OTHER, false);
	}
}

/* ---- facts ---- */

static bool releases_arg(const Unit *u, const Call *c, int i);

static int site_id(const Own *o, int arg) { return o->gid * 64 + (arg < 0 ? SITE_ARG_NONE : arg); }

static void describe_site(Own *o, int site, OwnSite *s, SrcRange use) {
	const Stmt *st = stmt_of(o, site / 64);
	int arg = site % 64;
	Arena *a = o->arena;
	memset(s, 0, sizeof *s);
	if (!st) return;
	s->at = st->range;
	if (st->kind == ST_CALL) {
		const Call *c = st->call;
		s->callee = c->callee ? c->callee : "a function pointer";
		s->kind = releases_arg(o->u, c, arg) ? SITE_RELEASE : SITE_MOVE_PARAM;
		s->call = c;
		s->arg = arg;
		if (arg < c->nargs) s->what = operand_text(a, o->f, &c->args[arg]);
		s->param = c->sig && arg < c->sig->nparams ? c->sig->params[arg].name : "";
	} else if (st->kind == ST_ASSIGN) {
		s->kind = SITE_MOVE_VAR;
		s->what = operand_text(a, o->f, &st->src);
		s->into = o->f->places[st->dst].text;
		s->at = st->src.range;
	} else if (st->kind == ST_RET) {
		s->kind = SITE_MOVE_RETURN;
		s->what = operand_text(a, o->f, &st->src);
		s->at = st->src.range;
	}
	s->later = s->at.line > use.line || (s->at.line == use.line && s->at.col > use.col);
}

/* The name to show for tracked t: a temporary is shown as a named alias. */
static const char *shown_name(const Own *o, const VState *st, int t) {
	const Place *pl = &o->f->places[o->place_of[t]];
	if (o->f->vars[pl->var].kind != VK_TEMP) return pl->text;
	for (int m = 0; m < o->ntracked; m++) {
		const Place *q = &o->f->places[o->place_of[m]];
		if (m != t && o->f->vars[q->var].kind != VK_TEMP && st[m].alias == st[t].alias &&
		    !(st[m].mask & OS_UNINIT))
			return q->text;
	}
	return pl->text;
}

static bool already_reported(Own *o, long long key) {
	for (int i = 0; i < o->reported.len; i++)
		if (VEC_AT(&o->reported, long long, i) == key) return true;
	*(long long *)vec_push(&o->reported) = key;
	return false;
}

static OwnFact *new_fact(Own *o, const VState *st, int t, FactKind k, SrcRange at) {
	OwnFact *fct = vec_push(o->out);
	fct->kind = k;
	fct->what = t >= 0 ? shown_name(o, st, t) : "";
	fct->function = o->f->name;
	fct->at = at;
	fct->strict = t >= 0 && st[t].strict;
	return fct;
}

static void report(Own *o, VState *st, int t, FactKind k, UseHow how, SrcRange at, const char *callee) {
	const VState *v = &st[t];
	if (!o->out || v->sites[0] < 0) return;
	/* one report per value and move history, as rustc does */
	if (already_reported(o, ((long long)t << 32) ^ (long long)v->sites[0] ^ ((long long)k << 56))) return;
	OwnFact *fct = new_fact(o, st, t, k, at);
	fct->how = how;
	fct->callee = callee;
	fct->released_before = v->mask & OS_RELEASED;
	for (int i = 0; i < OWN_MAX_SITES && v->sites[i] >= 0; i++) {
		OwnSite s;
		describe_site(o, v->sites[i], &s, at);
		fct->sites[fct->nsites++] = s;
	}
}

static const char *alloc_target(const Own *o, int gid);

/* Where tracked t's value was allocated: by a call (*by its callee) or, with
 * *by NULL, as an OWNED parameter. */
static bool where_allocated(const Own *o, const VState *v, int t, SrcRange *at, const char **by) {
	if (v->alloc == ALLOC_PARAM) {
		*at = o->f->vars[o->f->places[o->place_of[t]].var].decl;
		*by = NULL;
		return true;
	}
	if (v->alloc < 0) return false;
	const Stmt *s = stmt_of(o, v->alloc / 64);
	if (!s || s->kind != ST_CALL) return false;
	*at = s->range;
	*by = s->call->callee ? s->call->callee : "a function pointer";
	return true;
}

/* The place an allocating call at statement gid stored its result in: its
 * destination, or where the statements right after it copy the temporary
 * it went to (p = malloc(n) is $t = malloc(n); p = $t). */
static const char *alloc_target(const Own *o, int gid) {
	const Function *f = o->f;
	const Stmt *s = stmt_of(o, gid);
	if (!s || s->kind != ST_CALL || s->dst < 0) return NULL;
	if (f->vars[f->places[s->dst].var].kind != VK_TEMP) return f->places[s->dst].text;
	int b = block_of(o, gid);
	for (int g = gid + 1; g < o->stmt_base[b + 1] && g <= gid + 3; g++) {
		const Stmt *n = &f->blocks[b].stmts[g - o->stmt_base[b]];
		if (n->kind == ST_ASSIGN && n->src.kind == OP_PLACE && n->src.place == s->dst && n->dst >= 0 &&
		    f->vars[f->places[n->dst].var].kind != VK_TEMP)
			return f->places[n->dst].text;
	}
	return NULL;
}

/* Where the allocation happened, for the notes of leaks and mismatches;
 * into: the place it was stored in there (alloc_target). */
static void fill_alloc(Own *o, OwnFact *fct, const VState *st, int t, const char *into) {
	if (!where_allocated(o, &st[t], t, &fct->alloc_at, &fct->alloc_by)) return;
	fct->has_alloc = true;
	const Stmt *s = st[t].alloc >= 0 ? stmt_of(o, st[t].alloc / 64) : NULL;
	fct->alloc_call = s && s->kind == ST_CALL ? s->call : NULL;
	fct->alloc_into = into && fct->what && strcmp(into, fct->what) ? into : NULL;
}

/* Does a condition's text begin by assigning `name` (if (!(p = malloc(n))),
 * if ((p = malloc(n)) == NULL))? Then the test is of p, and says so. */
static bool assigns_first(const char *text, const char *name) {
	while (*text == '(' || *text == ' ') text++;
	size_t n = strlen(name);
	if (strncmp(text, name, n)) return false;
	for (text += n; *text == ' '; text++) continue;
	return text[0] == '=' && text[1] != '=';
}

/* The branch whose one side leads here without any other way in: the path
 * that leaks, named by its condition. */
static void path_branch(const Own *o, const Term *t, int b, OwnFact *fct) {
	fct->path = t->text;
	fct->path_true = (t->succ[0] == b) == (t->text_true == 0);
	const Place *cp = t->cond.kind == OP_PLACE && t->cond.place >= 0 ? &o->f->places[t->cond.place] : NULL;
	fct->path_pointer = cp && cp->is_pointer && !strcmp(t->text, cp->text);
	if (cp && cp->is_pointer && !fct->path_pointer && assigns_first(t->text, cp->text)) {
		fct->path = cp->text;   /* 'p' is NULL, not '(p = malloc(n)) == NULL' is true */
		fct->path_pointer = true;
		fct->path_true = t->succ[0] == b;   /* the first edge is the pointer's non-null side */
	}
	fct->path_at = t->range;
}

/* Block b entered by exactly two branches on the same side of one
 * condition as written (a counted loop's first test and its header's,
 * lower.c's entry_test): that one, or NULL. */
static const Term *twin_branches(const Own *o, int b) {
	if (o->npred[b] != 2) return NULL;
	const Term *found[2];
	int n = 0;
	for (int p = 0; p < o->f->nblocks; p++) {
		const Term *t = &o->f->blocks[p].term;
		bool in = t->kind == T_GOTO ? t->succ[0] == b
		        : t->kind == T_BRANCH ? t->succ[0] == b || t->succ[1] == b
		        : t->kind == T_SWITCH;   /* may enter b: not a twin */
		if (!in) continue;
		if (t->kind != T_BRANCH || n == 2 || t->succ[0] == t->succ[1] || !t->text) return NULL;
		found[n++] = t;
	}
	if (n != 2 || strcmp(found[0]->text, found[1]->text) || found[0]->text_true != found[1]->text_true ||
	    (found[0]->succ[0] == b) != (found[1]->succ[0] == b))
		return NULL;
	return found[0];
}

static void fill_path(Own *o, OwnFact *fct) {
	int b = o->cur_block;
	for (int steps = 0; steps < 256 && b > 0; steps++) {
		if (o->npred[b] != 1) {
			const Term *t = twin_branches(o, b);
			if (t) path_branch(o, t, b, fct);
			return;
		}
		int p = o->pred[b];
		const Term *t = &o->f->blocks[p].term;
		if (t->kind == T_BRANCH && t->succ[0] != t->succ[1]) {
			if (t->text) path_branch(o, t, b, fct);
			return;
		}
		b = p;
	}
}

/* Does some other live member of t's alias class still hold the value? */
static bool held_elsewhere(const Own *o, const VState *st, int t, int dying_var) {
	for (int m = 0; m < o->ntracked; m++) {
		if (m == t || st[m].alias != st[t].alias || !(st[m].mask & (OS_OWNED | OS_MAYBE))) continue;
		if (dying_var >= 0 && o->f->places[o->place_of[m]].var == dying_var) continue;
		return true;
	}
	return false;
}

static void report_leak(Own *o, VState *st, int t, LeakHow how, SrcRange at, const char *owner) {
	if (!o->out) return;
	if (how == LEAK_SCOPE && o->doomed && o->doomed[o->cur_block]) return;   /* goto fail; ... fail: exit(1); */
	if (already_reported(o, ((long long)t << 32) ^ ((long long)o->gid << 8) ^ ((long long)FACT_LEAK << 56)))
		return;
	OwnFact *fct = new_fact(o, st, t, FACT_LEAK, at);
	if (st[t].offkind != OFF_NONE)   /* named by what points at the block's start (libyaml's
	                                    stack: items.start, not items.end = start + 16) */
		FOR_CLASS(o, st, t, m) {
			const Place *q = &o->f->places[o->place_of[m]];
			if (m == t || st[m].offkind != OFF_NONE || (st[m].mask & OS_UNINIT) || o->f->vars[q->var].kind == VK_TEMP)
				continue;
			fct->what = q->text;
			break;
		}
	/* named by the place it was allocated into while that still holds it
	 * (nginx's buf.start, not buf.last = buf.start) */
	const char *into = st[t].alloc >= 0 ? alloc_target(o, st[t].alloc / 64) : NULL;
	if (into && strcmp(into, fct->what))
		FOR_CLASS(o, st, t, m) {
			const Place *q = &o->f->places[o->place_of[m]];
			if (st[m].offkind != OFF_NONE || (st[m].mask & OS_UNINIT) || strcmp(q->text, into)) continue;
			fct->what = q->text;
			break;
		}
	fct->leak = how;
	fct->owner = owner;
	fill_alloc(o, fct, st, t, into);
	if (how == LEAK_DISCARDED) fct->callee = fct->alloc_by;
	if (how == LEAK_SCOPE) fill_path(o, fct);
}

/* A use of t's value: an error if it was moved or released on some path. */
static void report_dangling(Own *o, VState *st, int t, SrcRange use) {
	const VState *v = &st[t];
	if (!o->out || v->ovar < 0) return;
	if (already_reported(o, ((long long)t << 32) ^ (long long)v->ssite ^ ((long long)FACT_DANGLING << 56))) return;
	int site = v->ssite >= 0 ? v->ssite : v->vsite;
	const Stmt *s = site >= 0 ? stmt_of(o, site / 64) : NULL;
	OwnFact *fct = new_fact(o, st, t, FACT_DANGLING,
	                        s && s->kind == ST_ASSIGN ? s->src.range : s && s->kind == ST_CALL ? s->range : use);
	fct->strict = true;   /* 7.45 */
	fct->local = o->f->vars[v->ovar].name;
	fct->local_at = o->f->vars[v->ovar].decl;
	const Stmt *e = v->dsite >= 0 ? stmt_of(o, v->dsite / 64) : NULL;
	fct->has_end = e != NULL;
	if (e) fct->end_at = e->range;
	fct->has_value = true;
	fct->value_at = use;
}

static void check_use(Own *o, VState *st, int t, SrcRange at, UseHow how) {
	if (t < 0) return;
	uint8_t m = st[t].mask;
	if (m & OS_DANGLING) report_dangling(o, st, t, at);
	if (m & OS_MAYBE) st[t].mask = (uint8_t)((m & ~OS_MAYBE) | OS_OWNED | OS_NULL);   /* looked at: owned */
	if (m & OS_RELEASED) report(o, st, t, FACT_USE_RELEASED, how, at, NULL);
	else if (m & OS_MOVED) report(o, st, t, FACT_USE_MOVED, how, at, NULL);
}

/* ---- events ---- */

static bool is_param_base(const Own *o, int m) {
	if (is_ghost(o, m)) return true;
	const Place *pl = &o->f->places[o->place_of[m]];
	return pl->kind == PJ_BASE && pl->var < o->f->nparams && pl->var < 64;
}

/* The value goes where ownck cannot follow it: no leak is reported for it
 * afterwards. An annotated value passed to code ownck cannot see is only
 * borrowed by it (the programmer opted in); stored somewhere, it leaves. */
static void escape_value(Own *o, VState *st, int t, bool stored) {
	if (t < 0 || (st[t].strict && !stored)) return;
	FOR_CLASS(o, st, t, m) {
		if (o->summary && is_param_base(o, m)) o->escaped |= 1ull << o->f->places[o->place_of[m]].var;
		if (st[m].mask & (OS_OWNED | OS_MAYBE))
			st[m].mask = (uint8_t)((st[m].mask & ~(OS_OWNED | OS_MAYBE)) | OS_OTHER);
	}
}

static void escape(Own *o, VState *st, int t) { escape_value(o, st, t, false); }

static void move_out(Own *o, VState *st, int t, int site, bool strict) {
	FOR_CLASS(o, st, t, m) {
		if (o->summary && is_param_base(o, m)) o->escaped |= 1ull << o->f->places[o->place_of[m]].var;
		if (st[m].mask & (OS_OWNED | OS_MAYBE)) {
			st[m].mask = (uint8_t)((st[m].mask & ~(OS_OWNED | OS_MAYBE)) | OS_MOVED);
			add_site(&st[m], site);
			st[m].strict |= strict;
		}
	}
}

/* Stop following t (after an invalid release, 7.10). */
static void untrack(Own *o, VState *st, int t) {
	FOR_CLASS(o, st, t, m) {
		st[m].mask = OS_OTHER;
		st[m].origin = 0;
		st[m].offkind = OFF_NONE;
	}
}

static const char *var_named(const Own *o, int place) {
	return o->f->vars[o->f->places[place].var].name;
}

static int origin_of_addr(const Own *o, int place) {
	if (pointer_under(o->f, place) >= 0) return 0;   /* &p[i], &p->f: inside whatever p points to */
	const Var *v = &o->f->vars[o->f->places[place].var];
	if (v->kind == VK_GLOBAL) return ORIG_GLOBAL;
	if (v->kind == VK_STATIC) return ORIG_STATIC;
	return ORIG_STACK;
}

/* free(&x), free("lit"), free(f), or a pointer that got such a value. */
static bool release_non_heap(Own *o, VState *st, int t, const Operand *arg, const Call *c) {
	int origin = 0;
	const char *name = NULL;
	SrcRange at = arg->range;
	bool has_value = false;
	if (arg->kind == OP_ADDR) {
		origin = origin_of_addr(o, arg->place);
		name = var_named(o, arg->place);
	}
	else if (arg->kind == OP_STRING) origin = ORIG_STRING;
	else if (arg->kind == OP_FUNC) { origin = ORIG_FUNC; name = arg->name; }
	else if (t >= 0 && (st[t].origin & ORIG_NOT_HEAP)) {
		origin = st[t].origin & ORIG_NOT_HEAP;
		const Stmt *s = st[t].vsite >= 0 ? stmt_of(o, st[t].vsite / 64) : NULL;
		if (s && s->kind == ST_ASSIGN) {
			at = s->range;
			has_value = true;
			if (s->src.kind == OP_ADDR) name = var_named(o, s->src.place);
			else if (s->src.kind == OP_FUNC) name = s->src.name;
		}
	}
	if (!origin) return false;
	if (o->out && !already_reported(o, ((long long)o->gid << 8) ^ ((long long)FACT_FREE_NON_HEAP << 56))) {
		OwnFact *fct = new_fact(o, st, t, FACT_FREE_NON_HEAP, c->callee_range);
		fct->callee = c->callee;
		fct->origin = origin;
		fct->origin_name = name;
		fct->what = t >= 0 ? fct->what : operand_text(o->arena, o->f, arg);
		fct->has_value = has_value;
		fct->value_at = at;
		fct->strict = true;   /* 7.45: errors with or without annotations */
	}
	if (t >= 0) untrack(o, st, t);
	return true;
}

/* Is variable v moved back by an unknown amount anywhere in the function
 * (p -= n)? Code that walks a pointer back means to come back to its start,
 * on the paths ownck can tell apart (OFF_REWOUND) and on those it cannot: a
 * loop that may run no time at all (iproute2's resource_path_print fills a
 * path from its end, p -= strlen(name) per element), so a pointer moved by
 * an unknown amount is not reported there. */
static bool walked_back(Own *o, int v) {
	const Function *f = o->f;
	if (!o->walked_back) {
		o->walked_back = arena_alloc(&o->tmp, (size_t)(f->nvars ? f->nvars : 1));
		for (int b = 0; b < f->nblocks; b++)
			for (int i = 0; i < f->blocks[b].nstmts; i++) {
				const Stmt *s = &f->blocks[b].stmts[i];
				if (s->kind == ST_ASSIGN && s->src.offset == OFF_UNKNOWN && s->src.value < 0 && s->dst >= 0)
					o->walked_back[f->places[s->dst].var] = true;
			}
	}
	return o->walked_back[v];
}

/* free(p + 1), or a p that was advanced since its allocation. */
static bool release_offset(Own *o, VState *st, int t, const Operand *arg, const Call *c) {
	bool moved_arg = arg->offset == OFF_UNKNOWN || (arg->offset == OFF_KNOWN && arg->value != 0);
	bool moved_var = (st[t].offkind == OFF_UNKNOWN && !walked_back(o, o->f->places[o->place_of[t]].var)) ||
	                 (st[t].offkind == OFF_KNOWN && st[t].offset != 0);
	if (moved_arg && arg->offset == OFF_KNOWN && st[t].offkind == OFF_KNOWN && st[t].offset + arg->value == 0)
		return false;   /* (p + 1) - 1 */
	if (!moved_arg && !moved_var) return false;
	if (!(st[t].mask & (OS_OWNED | OS_MAYBE)) && !(st[t].origin & ORIG_HEAP) && !st[t].strict) {
		untrack(o, st, t);   /* not known to be the start of anything: stop following it */
		return true;
	}
	if (o->out && !already_reported(o, ((long long)o->gid << 8) ^ ((long long)FACT_FREE_OFFSET << 56))) {
		OwnFact *fct = new_fact(o, st, t, FACT_FREE_OFFSET, c->callee_range);
		fct->callee = c->callee;
		const Stmt *s = !moved_arg && st[t].offsite >= 0 ? stmt_of(o, st[t].offsite / 64) : NULL;
		fct->has_value = true;
		fct->value_at = s ? s->range : arg->range;
		fct->value_inside = s && s->kind == ST_ASSIGN && s->src.kind == OP_ADDR;
		fct->strict = st[t].strict;
	}
	untrack(o, st, t);
	return true;
}

static void check_family(Own *o, VState *st, int t, const Call *c) {
	int fam = st[t].family;
	if (fam < 0 || !c->callee || !c->sig || !c->sig->from_model || !(st[t].mask & (OS_OWNED | OS_MAYBE))) return;
	const Family *f = &VEC_AT(&o->families, Family, fam);
	const char *as = c->sig->realloc_like ? "free" : c->callee;   /* realloc releases like free */
	for (int i = 0; i < f->n; i++)
		if (!strcmp(f->by[i], as)) return;
	if (!o->out || already_reported(o, ((long long)o->gid << 8) ^ ((long long)FACT_MISMATCHED << 56))) return;
	OwnFact *fct = new_fact(o, st, t, FACT_MISMATCHED, c->callee_range);
	fct->callee = c->callee;
	fill_alloc(o, fct, st, t, st[t].alloc >= 0 ? alloc_target(o, st[t].alloc / 64) : NULL);
	fct->alloc_by = f->alloc;
	size_t n = 1;
	for (int i = 0; i < f->n; i++) n += strlen(f->by[i]) + 8;
	char *e = arena_alloc(o->arena, n);
	for (int i = 0; i < f->n; i++) {
		if (i) strcat(e, i == f->n - 1 ? "' or '" : "', '");
		strcat(e, f->by[i]);
	}
	fct->expected = e;
}

/* Releasing a struct: OWNED fields this function filled and did not empty leak. */
static void leak_fields_of(Own *o, VState *st, int t, const Call *c) {
	const Function *f = o->f;
	for (int m = 0; m < o->ntracked; m++) {
		const Place *pl = &f->places[o->place_of[m]];
		if (pl->kind != PJ_FIELD || pl->parent < 0 || f->places[pl->parent].kind != PJ_DEREF) continue;
		int base = o->track[f->places[pl->parent].parent];
		if (base < 0 || st[base].alias != st[t].alias) continue;
		if ((st[m].mask & OS_OWNED) && !held_elsewhere(o, st, m, -1))
			report_leak(o, st, m, LEAK_FIELD, c->callee_range, shown_name(o, st, t));
		set_fresh(&st[m], m, OS_OTHER, st[m].strict);
	}
}

static void release(Own *o, VState *st, int t, const Operand *arg, const Call *c, int site) {
	if (release_non_heap(o, st, t, arg, c)) return;
	if (t < 0) return;
	if (release_offset(o, st, t, arg, c)) return;
	if (st[t].mask & (OS_RELEASED | OS_MOVED))
		report(o, st, t, FACT_RELEASE_AGAIN, HOW_MOVE, c->callee_range, c->callee);
	else
		check_family(o, st, t, c);
	if (c->sig && c->sig->from_model) leak_fields_of(o, st, t, c);   /* a user destructor handles its fields */
	/* Even a value ownck did not own (escaped, borrowed, unknown) dangles
	 * after this: later uses are certain bugs. A second release is reported
	 * only after a release ownck saw, never after what an unknown callee
	 * might have done. */
	FOR_CLASS(o, st, t, m) {
		if (only_lent(&st[m])) continue;   /* its uses are the borrow checker's to judge */
		if (st[m].mask & (OS_OWNED | OS_MOVED | OS_RELEASED | OS_OTHER | OS_MAYBE)) {
			st[m].mask = (uint8_t)((st[m].mask & ~(OS_OWNED | OS_MOVED | OS_OTHER | OS_MAYBE)) | OS_RELEASED);
			add_site(&st[m], site);
		}
	}
}

static const Summary *summary_of(const Unit *u, const Call *c) {
	(void)u;
	return c->summary;
}

/* Does the call release its i-th argument: a model deallocator, realloc's
 * first argument, or a function of this unit whose body releases it. */
static bool releases_arg(const Unit *u, const Call *c, int i) {
	if (c->sig && i < c->sig->nparams && c->sig->params[i].annot.mode == MODE_OWNED &&
	    ((c->sig->params[i].flags & PF_RELEASES) || (c->sig->realloc_like && i == 0)))
		return true;
	const Summary *s = summary_of(u, c);
	return s && i < 64 && (s->releases >> i) & 1;
}

/* The callee is known when a model or an annotation describes it, or its
 * body is in this unit and has been summarized. */
static bool known_callee(const Unit *u, const Call *c) {
	return (c->sig && (c->sig->from_model || c->sig->annotated)) || summary_of(u, c);
}

static bool escapes_through(const Unit *u, const Call *c, int i) {
	const Summary *s = summary_of(u, c);
	if (s) return i >= 64 || ((s->escapes >> i) & 1);
	return !known_callee(u, c);
}

static int family_of(Own *o, const Annot *a, const char *alloc) {
	if (!a->nreleased_by) return -1;
	for (int i = 0; i < o->families.len; i++)
		if (VEC_AT(&o->families, Family, i).by == a->released_by) return i;
	Family *f = vec_push(&o->families);
	f->alloc = alloc;
	f->n = a->nreleased_by;
	f->by = a->released_by;
	return o->families.len - 1;
}

/* &s of a local struct handed to a call: what its pointer fields own may go
 * anywhere (escape), and where the callee may write (written) they may hold
 * another value afterwards, so that a local's address one held is not known
 * to be there any more (lmdb's key.mv_data = &id, then mdb_cursor_next(&mc,
 * &key, ...) stores another), as a call that can reach a stored address
 * counts as taking it back (return_before_reset). */
static void fields_escape(Own *o, VState *st, int aggregate_place, bool escape_them, bool written) {
	for (int m = 0; m < o->ntracked; m++) {
		int p = o->place_of[m];
		if (o->f->places[p].var != o->f->places[aggregate_place].var || p == aggregate_place || through_deref(o->f, p))
			continue;
		if (escape_them) escape(o, st, m);
		if (escape_them && written) {   /* the callee may have stored anything there (sed's dfa.c: a
		                                   field re-pointed at fresh memory, once an interior pointer) */
			leave_class(o, st, m);
			set_fresh(&st[m], m, OS_OTHER, false);
			continue;
		}
		if (!written || !(st[m].origin & ORIG_STACK)) continue;
		leave_class(o, st, m);
		st[m].origin &= (uint8_t)~ORIG_STACK;
		st[m].ovar = -1;
		if (st[m].mask & OS_DANGLING) st[m].mask = (uint8_t)((st[m].mask & ~OS_DANGLING) | OS_OTHER);
	}
}

static void call_addr_arg(Own *o, VState *st, const Call *c, int i) {
	const Operand *a = &c->args[i];
	const Param *p = c->sig && i < c->sig->nparams ? &c->sig->params[i] : NULL;
	Mode mode = p ? p->annot.mode : MODE_NONE;
	int x = o->track[a->place];
	if (x < 0) {
		bool may_write = mode != MODE_BORROW && !(p && (p->flags & PF_CONST_POINTEE));
		fields_escape(o, st, a->place, mode != MODE_BORROW && mode != MODE_BORROW_MUT, may_write);
		return;
	}
	if (mode == MODE_OUT_OWNED) {
		if ((st[x].mask & OS_OWNED) && !held_elsewhere(o, st, x, -1))
			report_leak(o, st, x, LEAK_OUT_PARAM, c->callee_range, NULL);
		leave_class(o, st, x);
		set_fresh(&st[x], x, OS_MAYBE | OS_NULL, !c->sig->from_model || st[x].strict);
		st[x].alloc = site_id(o, i);
		st[x].origin = ORIG_HEAP;
		st[x].family = family_of(o, &p->annot, c->callee);
		return;
	}
	/* a callee that stores *out before it reads it, on the paths that
	 * touch it at all: a write (7.35's, inferred) */
	bool unread = mode == MODE_NONE && call_never_reads_out_first(c, i);
	if (!unread) check_use(o, st, x, a->range, HOW_BORROW);
	if (mode == MODE_BORROW_MUT && (p->flags & PF_PTR_TO_PTR)) {   /* an owning slot (7.34) */
		if (!(st[x].mask & (OS_OWNED | OS_NULL))) return;
		/* a slot that held NULL (or nothing allocated here) now holds what
		 * the callee allocated: getline's buffer is getline's, as malloc's
		 * is malloc's, for the notes and for a wrapper returning it */
		if ((st[x].mask & OS_NULL) && st[x].alloc == -1) {
			st[x].alloc = site_id(o, i);
			st[x].origin = ORIG_HEAP;
			st[x].family = family_of(o, &p->annot, c->callee);
		}
		st[x].mask |= OS_OWNED | OS_NULL;
		return;
	}
	if (mode == MODE_BORROW) return;
	leave_class(o, st, x);
	set_fresh(&st[x], x, OS_OTHER, false);
}

/* A summary's deallocator with a hook (if (free_hook) free_hook(p); else
 * free(p);, libevent's event_mm_free_): a parameter handed to a call
 * through a function pointer where another call of the function releases
 * it is released there too, as the allocator's hook result is the
 * caller's (ORIG_HOOK). Not where the other call is a realloc: the hook
 * would be one too, released only where it gives back non-NULL, which a
 * call with no signature cannot say (the wrapper keeps its argument, as
 * before). */
static bool hook_releases(Own *o, const Call *c, const Operand *a) {
	const Function *f = o->f;
	if (!o->summary || c->callee || a->kind != OP_PLACE || a->offset != OFF_NONE || a->place < 0 ||
	    f->places[a->place].kind != PJ_BASE || f->vars[f->places[a->place].var].kind != VK_PARAM)
		return false;
	if (!o->released_param) {
		o->released_param = arena_alloc(&o->tmp, (size_t)(f->nvars ? f->nvars : 1));
		for (int b = 0; b < f->nblocks; b++)
			for (int i = 0; i < f->blocks[b].nstmts; i++) {
				const Stmt *s = &f->blocks[b].stmts[i];
				for (int k = 0; s->kind == ST_CALL && k < s->call->nargs; k++) {
					const Operand *x = &s->call->args[k];
					if (x->kind == OP_PLACE && x->place >= 0 && f->places[x->place].kind == PJ_BASE &&
					    releases_arg(o->u, s->call, k) && !(k == 0 && call_reallocates(s->call)))
						o->released_param[f->places[x->place].var] = true;
				}
			}
	}
	return o->released_param[f->places[a->place].var];
}

static bool reached_from(const Function *f, int p, int a);

/* A struct handed by value is moved, as in Rust: the callee's copy holds
 * what its pointer members own (rsync's poptAddAlias(ctx, alias, 0) keeps
 * alias.argv). The caller's members stop being followed, as an escape. The
 * system's functions (div, inet_ntoa) take no ownership. */
static void parts_move(Own *o, VState *st, int aggregate_place) {
	const Function *f = o->f;
	int var = f->places[aggregate_place].var;
	for (int k = o->var_tstart[var]; k < o->var_tstart[var + 1]; k++) {
		int m = o->var_tracked[k], p = o->place_of[m];
		if (p == aggregate_place || !reached_from(f, p, aggregate_place)) continue;
		bool own_storage = true;   /* a member, not what a member points to */
		for (int q = p; q != aggregate_place && own_storage; q = f->places[q].parent)
			own_storage = f->places[q].kind == PJ_FIELD;
		if (own_storage) escape(o, st, m);
	}
}

static void call_arg(Own *o, VState *st, const Call *c, int i) {
	const Operand *a = &c->args[i];
	const Param *p = c->sig && i < c->sig->nparams ? &c->sig->params[i] : NULL;
	Mode mode = p ? p->annot.mode : MODE_NONE;
	int site = site_id(o, i);
	if (a->kind == OP_ADDR && !releases_arg(o->u, c, i)) { call_addr_arg(o, st, c, i); return; }
	int t = tracked(o, a);
	if (releases_arg(o->u, c, i) || hook_releases(o, c, a)) {
		Operand base;
		int ptr = a->kind == OP_ADDR ? pointer_under(o->f, a->place) : -1;
		if (ptr >= 0) {   /* free(&p[i]), free(&p->f): p plus an offset; free(&*p), free(&p->first) are p */
			base = *a;
			base.kind = OP_PLACE;
			base.offset = (o->f->places[a->place].kind == PJ_DEREF && o->f->places[a->place].parent == ptr) ||
			              start_pointer(o->f, a) == ptr
			              ? OFF_NONE : OFF_UNKNOWN;
			base.place = ptr;
			a = &base;
			t = tracked(o, a);
		}
		release(o, st, t, a, c, site);
		return;
	}
	if (t < 0) {
		if (a->kind == OP_PLACE && a->place >= 0 && !o->f->places[a->place].is_pointer && !(c->sig && c->sig->from_model))
			parts_move(o, st, a->place);
		return;
	}
	if (mode == MODE_OWNED) {
		check_use(o, st, t, a->range, HOW_MOVE);
		move_out(o, st, t, site, !c->sig->from_model);
		return;
	}
	check_use(o, st, t, a->range, mode == MODE_BORROW || mode == MODE_BORROW_MUT ? HOW_BORROW : HOW_USE);
	if (mode == MODE_NONE && escapes_through(o->u, c, i)) escape(o, st, t);
}

/* A borrowed result tied to an argument (LIFETIME, elision) points where
 * the argument points: into a local when the argument is &local. */
/* The parameter named by lifetime lt, or -1. */
static int lifetime_param(const Signature *sig, const char *lt) {
	for (int i = 0; lt && i < sig->nparams; i++)
		if (sig->params[i].annot.lifetime && !strcmp(lt, sig->params[i].annot.lifetime)) return i;
	return -1;
}

static void tie_result(Own *o, VState *st, const Call *c, int d) {
	const Signature *sig = c->sig;
	if (!sig || (sig->ret.mode != MODE_BORROW && sig->ret.mode != MODE_BORROW_MUT && !sig->ret_borrower)) return;
	const char *lt = sig->ret.mode != MODE_NONE ? sig->ret.lifetime : sig->ret_borrower_lt;
	int k = lifetime_param(sig, lt), count = 0;
	for (int i = 0; k < 0 && !lt && i < sig->nparams; i++)   /* elided: the one borrowed parameter */
		if (sig->params[i].annot.mode == MODE_BORROW || sig->params[i].annot.mode == MODE_BORROW_MUT) count++, k = i;
	if (k < 0 || k >= c->nargs || (!lt && count != 1) || (lt && !strcmp(lt, "static"))) return;
	const Operand *a = &c->args[k];
	if (a->kind == OP_ADDR && origin_of_addr(o, a->place) == ORIG_STACK) {
		st[d].origin = ORIG_STACK;
		st[d].ovar = o->f->places[a->place].var;
		st[d].ssite = site_id(o, -1);
	} else if (tracked(o, a) >= 0) {
		const VState *v = &st[tracked(o, a)];
		st[d].origin = v->origin & ORIG_STACK;
		st[d].ovar = v->ovar;
		st[d].ssite = v->ssite;
		st[d].pmask = v->pmask;
	}
}

/* A result tied to an owned argument (strchr(buf, c), dlsym(handle, name):
 * LIFETIME) points into its block, or lives only while it does: a member
 * of its class at an offset ownck does not know, owning nothing itself,
 * and NULL on its own (refine_pointer). Stored where the function cannot
 * see, it takes the block along, as buf + k would (a global pointing into a
 * block keeps it reachable, no leak; the handle of a symbol kept in a
 * registry stays open on purpose); used after the block is released, it
 * is used after free. */
static void lent_interior(Own *o, VState *st, const Call *c, int d) {
	const Signature *sig = c->sig;
	if (!sig || (sig->ret.mode != MODE_BORROW && sig->ret.mode != MODE_BORROW_MUT) || !sig->ret.lifetime ||
	    !strcmp(sig->ret.lifetime, "static"))
		return;
	int k = lifetime_param(sig, sig->ret.lifetime);
	int a = k >= 0 && k < c->nargs && c->args[k].kind == OP_PLACE ? tracked(o, &c->args[k]) : -1;
	if (a < 0 || a == d || st[a].alias < 0 || !(st[a].mask & (OS_OWNED | OS_MAYBE))) return;
	VState v = st[a];
	st[d] = v;
	st[d].link = -1;
	st[d].mask = OS_OTHER | OS_NULL;   /* owns nothing: the block's owners do */
	st[d].origin |= ORIG_LENT;
	st[d].offkind = OFF_UNKNOWN;
	st[d].offsite = site_id(o, -1);
	st[v.alias].shared = 1;
}

/* A callee whose summary says it gives an argument back: the result is
 * another name for the caller's value, which the caller still owns. */
static bool given_back(Own *o, VState *st, const Call *c, const Summary *sum, int d) {
	int k = returned_arg(c, sum);
	int a = k >= 0 && k < c->nargs && c->args[k].offset == OFF_NONE ? tracked(o, &c->args[k]) : -1;
	if (a < 0 || st[a].alias < 0) return false;
	VState v = st[a];
	st[d] = v;
	st[d].link = -1;
	st[d].mask |= OS_NULL;   /* it may also return NULL */
	st[v.alias].shared = 1;
	/* memcpy's result is dest but owns nothing of its own: the argument's
	 * place does (a result kept in a temporary that outlives the place's
	 * next value is no lost allocation: libyaml's STRING_INIT) */
	if (!(sum && sum->returns_arg) && (st[d].mask & (OS_OWNED | OS_MAYBE)))
		st[d].mask = (uint8_t)((st[d].mask & ~(OS_OWNED | OS_MAYBE)) | OS_OTHER);
	return true;
}

/* The followed pointer whose block `op` points into (&p->refcnt, &p->a[i]),
 * or -1: such an address, returned or stored where it outlives the
 * statement, takes the block along (jq's jv: {kind, &p->refcnt} returned
 * by value; container_of gets p back). */
static int interior_of(const Own *o, const Operand *op) {
	if (op->kind != OP_ADDR || op->place < 0) return -1;
	const Function *f = o->f;
	for (int p = op->place; p >= 0; p = f->places[p].parent)
		if (f->places[p].kind == PJ_DEREF) return f->places[p].parent >= 0 ? o->track[f->places[p].parent] : -1;
	return -1;
}

/* realloc's result stored where ownck does not follow it (*outp =
 * realloc(buf, n), s->data = realloc(p, n)): whether the old block was
 * released is that value's to say (NULL: it was not), and the code tests
 * it there (if (*outp == NULL) *outp = buf;, tmux's stravis). The old
 * pointer's release is not claimed: it goes where ownck cannot follow. */
static void release_unseen(Own *o, VState *st, int t) {
	if (t < 0) return;
	FOR_CLASS(o, st, t, m) {
		if (o->summary && is_param_base(o, m)) o->escaped |= 1ull << o->f->places[o->place_of[m]].var;
		if (st[m].mask & OS_RELEASED) st[m].mask = (uint8_t)((st[m].mask & ~OS_RELEASED) | OS_OTHER);
	}
}

/* Does the call take argument i over (release, move or fill it), rather than
 * read or lend it? (releases_arg's cases are OWNED parameters or the
 * summary's releases.) */
static bool consumes_arg(const Call *c, int i) {
	if (c->summary && i < 64 && ((c->summary->releases >> i) & 1)) return true;
	if (!c->sig || i >= c->sig->nparams) return false;
	Mode mode = c->sig->params[i].annot.mode;
	return mode == MODE_OWNED || mode == MODE_OUT_OWNED;
}

static void step_call(Own *o, VState *st, const Stmt *s) {
	const Call *c = s->call;
	/* every argument is evaluated before the call: what is only read or lent
	 * is read while what another argument hands over is still there
	 * (yyfree(scanner, scanner), whose second argument is a context) */
	uint64_t later = 0;
	for (int i = 0; i < c->nargs; i++)
		if (i < 64 && consumes_arg(c, i)) later |= 1ull << i;
		else call_arg(o, st, c, i);
	for (; later; later &= later - 1) call_arg(o, st, c, __builtin_ctzll(later));
	if (!c->callee) {   /* through a pointer: whatever the pointer's target was */
		int fnt = tracked(o, &c->fn);
		check_use(o, st, fnt, c->fn.range, HOW_USE);
		/* code inside a block (a plugin's init, from dlsym(handle, ...)) may
		 * have registered itself: the block is kept on purpose (gawk's
		 * load_ext), as when the symbol is stored where ownck cannot follow */
		if (fnt >= 0 && (st[fnt].origin & ORIG_LENT)) escape(o, st, fnt);
	}
	int d = s->dst >= 0 ? o->track[s->dst] : -1;
	if (d < 0) {
		if (s->dst >= 0 && call_reallocates(c) && c->nargs > 0)
			release_unseen(o, st, tracked(o, &c->args[0]));
		return;
	}
	leave_class(o, st, d);
	const Summary *sum = summary_of(o->u, c);
	bool owned = (c->sig && c->sig->ret.mode == MODE_OWNED) || (sum && sum->allocator);
	if (owned && c->sig && c->sig->owned_if_null >= 0 && c->sig->owned_if_null < c->nargs) {
		const Operand *k = &c->args[c->sig->owned_if_null];
		owned = k->kind == OP_NULL || (k->kind == OP_CONST && !k->value);
	}
	if (owned) {
		uint8_t null = sum && sum->never_null && !(c->sig && c->sig->ret.mode == MODE_OWNED) ? 0 : OS_NULL;
		set_fresh(&st[d], d, OS_OWNED | null, c->sig && c->sig->ret.mode == MODE_OWNED && !c->sig->from_model);
		st[d].alloc = site_id(o, -1);
		st[d].origin = ORIG_HEAP;
		if (c->sig) st[d].family = family_of(o, &c->sig->ret, c->callee);
		if (call_reallocates(c) && c->nargs > 0) {
			int a0 = tracked(o, &c->args[0]);
			if (a0 >= 0) FOR_CLASS(o, st, a0, m) if (st[m].mask & OS_RELEASED) st[m].link = d;
		}
	} else if (!given_back(o, st, c, sum, d)) {
		set_fresh(&st[d], d, OS_OTHER, false);
		if (o->summary && !c->callee) st[d].origin |= ORIG_HOOK;
		tie_result(o, st, c, d);
		lent_interior(o, st, c, d);
	}
}

static bool is_owner_slot(const Function *f, int place) {
	return f->places[place].annot.mode == MODE_OWNED;
}

static void step_compound(Own *o, VState *st, const Stmt *s, int d) {
	if (d < 0) return;
	if (s->src.offset == OFF_NONE) st[d].offkind = OFF_UNKNOWN;
	else step_offset(&st[d].offkind, &st[d].offset, &s->src);
	st[d].offsite = site_id(o, -1);
}

/* d gets a value that is not a tracked one: NULL, an address, a constant. */
static void assign_untracked(Own *o, VState *st, const Stmt *s, int d, bool into_owner) {
	const Operand *src = &s->src;
	uint8_t mask = src->kind == OP_NULL || (src->kind == OP_CONST && !src->value) ? OS_NULL : OS_OTHER;
	set_fresh(&st[d], d, mask, into_owner);
	if (src->kind == OP_ADDR) {
		st[d].origin = (uint8_t)origin_of_addr(o, src->place);
		if (st[d].origin & ORIG_STACK) {
			st[d].ovar = o->f->places[src->place].var;
			st[d].ssite = site_id(o, -1);
		}
		int ptr = pointer_under(o->f, src->place);   /* &p->f, p->arr: derived from p */
		if (ptr >= 0 && o->track[ptr] >= 0) st[d].pmask = st[o->track[ptr]].pmask;
	}
	else if (src->kind == OP_STRING) st[d].origin = ORIG_STRING;
	else if (src->kind == OP_FUNC) st[d].origin = ORIG_FUNC;
	st[d].nonnull = src->kind == OP_ADDR || src->kind == OP_STRING || src->kind == OP_FUNC;
	if (st[d].origin) {
		st[d].vsite = site_id(o, -1);
		if (src->offset != OFF_NONE) st[d].offkind = (uint8_t)src->offset, st[d].offset = (int32_t)src->value;
	}
}

/* One place, or two spelled alike (places are interned per parent, and a
 * path reached two ways has two). */
static bool same_place(const Function *f, int a, int b) {
	return a == b || !strcmp(f->places[a].text, f->places[b].text);
}

/* Whether s may store something else in `place`: it assigns the place, or
 * calls a function that can reach it: through the place's root variable or
 * the local whose address it holds, or, for a global, any function of the
 * program (a static local is out of every callee's sight). */
static bool may_reset(const Function *f, const Stmt *s, int place, int local) {
	if (s->kind != ST_ASSIGN && s->kind != ST_CALL) return false;
	for (int p = place; s->dst >= 0 && p >= 0; p = f->places[p].parent)   /* db->hook.ctx, or all of db->hook */
		if (same_place(f, s->dst, p)) return true;
	if (s->kind != ST_CALL) return false;
	int root = f->places[place].var;
	if (f->vars[root].kind == VK_GLOBAL && (!s->call->sig || !s->call->sig->system)) return true;
	for (int a = 0; a < s->call->nargs; a++) {
		const Operand *arg = &s->call->args[a];
		if (arg->kind != OP_ADDR && !(arg->kind == OP_PLACE && f->places[arg->place].is_pointer)) continue;
		/* the stored value itself (look(state->tags)): the callee gets the
		 * local's address, not the slot that holds it */
		if (arg->kind == OP_PLACE && same_place(f, arg->place, place))
			continue;
		int v = f->places[arg->place].var;
		if (v == root || v == local) return true;
	}
	return false;
}

static int cond_bit(const Own *o, int b);
static bool cond_negated(const Own *o, int b);

/* &v handed to a system function (time(&t), localtime_r(&t, &tm)): a
 * model's or a system header's function keeps no pointer to v, so v stays a
 * condition local, which the call changes unless the parameter's pointee is
 * const (cond_writes). */
static bool system_addr_arg(const Function *f, const Call *c, int k) {
	const Operand *a = &c->args[k];
	if (a->kind != OP_ADDR || a->place < 0 || f->places[a->place].kind != PJ_BASE || !c->sig || !c->sig->system)
		return false;
	for (int i = 0; i < c->nargs; i++)   /* pthread_create(&th, NULL, worker, &t): a thread may write t any time */
		if (c->args[i].kind == OP_FUNC) return false;
	return true;
}

/* The condition bits a call changes through such an argument. */
static uint32_t cond_writes(const Own *o, const Call *c) {
	uint32_t w = 0;
	for (int k = 0; k < c->nargs; k++) {
		if (!system_addr_arg(o->f, c, k)) continue;
		if (k < c->sig->nparams && (c->sig->params[k].flags & PF_CONST_POINTEE)) continue;
		int v = o->f->places[c->args[k].place].var, base = o->var_base[v];
		if (base >= 0 && o->cond_of[base] >= 0) w |= 1u << o->cond_of[base];
		w |= o->var_keys[v];
	}
	return w;
}

/* &v handed to a function of the user's, as a call's argument (use(&t)):
 * the callee may write v, or keep the address for a later call, or give it
 * back to be written through. v stays a condition local all the same
 * (shared_writes), where it used to lose every correlation, even between
 * two tests before the address was taken. */
static bool user_addr_arg(const Function *f, const Call *c, int k) {
	const Operand *a = &c->args[k];
	if (a->kind != OP_ADDR || a->place < 0 || f->places[a->place].kind != PJ_BASE || f->places[a->place].is_pointer ||
	    (c->sig && c->sig->system))
		return false;
	VarKind vk = f->vars[f->places[a->place].var].kind;
	return vk == VK_LOCAL || vk == VK_PARAM;
}

/* ---- memory conditions: t->flag, *s tested twice (checks only) ----
 *
 * A field or a pointee tested again holds what it held at the first test
 * until something may store there: a store to it or to what holds it (s =
 * ..., *t = u), a store through a pointer that may lead to it, a call
 * handed a pointer it may write through (call_memory_writes), or the end
 * of its root.
 * Two members of one struct object never overlap, so t->buf = p leaves
 * t->flag alone; a union's members do overlap. */

/* A value that is no pointer (an int, a char, an enum ...) reached from a
 * local or a parameter through fields and dereferences, none volatile: an
 * element (a[i]) is another one when i changes, and is left out. */
static bool memory_cond_place(const Function *f, int p) {
	const Place *pl = &f->places[p];
	if (pl->kind == PJ_BASE || pl->is_pointer) return false;
	for (int q = p; f->places[q].parent >= 0; q = f->places[q].parent)
		if (f->places[q].kind == PJ_INDEX || f->places[q].changes_unseen) return false;
	VarKind k = f->vars[pl->var].kind;
	return k == VK_LOCAL || k == VK_PARAM;
}

/* d and q lie in different members of one struct object: going up from
 * each through fields and elements only (no dereference: a pointer member
 * may lead anywhere, t->b included), two members of one parent meet. */
static bool distinct_members(const Function *f, int d, int q) {
	for (int da = d; f->places[da].kind != PJ_BASE && f->places[da].kind != PJ_DEREF; da = f->places[da].parent) {
		if (f->places[da].kind != PJ_FIELD || !f->places[da].struct_member) continue;
		for (int qa = q; f->places[qa].kind != PJ_BASE && f->places[qa].kind != PJ_DEREF; qa = f->places[qa].parent)
			if (qa != da && f->places[qa].kind == PJ_FIELD && f->places[qa].struct_member &&
			    f->places[qa].parent == f->places[da].parent)
				return true;
	}
	return false;
}

/* Place p is a or is reached from it (a's field, pointee, element ...). */
static bool reached_from(const Function *f, int p, int a) {
	for (; p >= 0; p = f->places[p].parent)
		if (p == a) return true;
	return false;
}

/* A store to d may change what memory condition place q holds. */
static bool store_reaches(const Own *o, int d, int q) {
	const Function *f = o->f;
	if (reached_from(f, q, d) || reached_from(f, d, q)) return true;   /* s = s + 1 for *s, *t = u for t->n; a part of q */
	int v = f->places[d].var;
	VarKind k = f->vars[v].kind;
	if (pointer_under(f, d) < 0 && v != f->places[q].var && !o->storage_aliased[v] && k != VK_GLOBAL && k != VK_STATIC)
		return false;   /* a variable no pointer may lead to */
	return !distinct_members(f, d, q);
}

/* Where a call of the system's writes through &x: x, and nothing that
 * may not lie in it. */
static uint32_t writes_into(const Own *o, int p) {
	uint32_t w = 0;
	for (uint32_t m = o->memory_bits; m; m &= m - 1) {
		int bit = __builtin_ctz(m), q = o->bit_place[bit];
		if (store_reaches(o, p, q)) w |= 1u << bit;
	}
	return w;
}

/* The printf family reads the arguments past its format (scanf's, ioctl's,
 * fcntl's may be written through). */
static bool reads_varargs(const Call *c) {
	return c->sig->system && strstr(c->callee, "printf") && !strstr(c->callee, "scanf");
}

/* The memory bits a call may change. As in Rust, a callee changes only
 * what it is given access to: a function handed values, pointers to const
 * and objects of the system's (FILE *) leaves t->flag alone (log_msg("%d",
 * n), strlen(s), fprintf(stderr, ...)), and free(old) ends old's block,
 * which is not read again. The system's functions write the object they
 * are handed and no further: pthread_mutex_lock(&o->lock) and time(&now)
 * change what lies in o->lock and now. A pointer the user's function may
 * write through (it may follow pointers from there), a writable pointer
 * value handed to the system (what it points to is not known), a struct
 * by value that may hold one, a function, or a callee nothing is known of
 * change them all. */
static uint32_t call_memory_writes(const Own *o, const Call *c) {
	const Function *f = o->f;
	if (!c->callee || !c->sig) return o->memory_bits;
	bool system = c->sig->system;
	uint32_t w = 0;
	for (int k = 0; k < c->nargs; k++) {
		const Operand *a = &c->args[k];
		if (a->kind == OP_FUNC) return o->memory_bits;
		if (k < c->sig->nparams && (c->sig->params[k].flags & PF_POINTER)) {
			if (c->sig->params[k].flags & (PF_CONST_POINTEE | PF_RELEASES | PF_SYSTEM_OBJECT)) continue;
			if (system && a->kind == OP_ADDR && a->place >= 0) w |= writes_into(o, a->place);
			else return o->memory_bits;
		} else if (a->kind == OP_ADDR) {
			if (!system || a->place < 0) return o->memory_bits;
			w |= writes_into(o, a->place);
		} else if (a->kind == OP_PLACE && a->place >= 0) {
			const Place *pl = &f->places[a->place];
			if (pl->is_pointer && k >= c->sig->nparams && (reads_varargs(c) || (k < 64 && ((c->const_varargs >> k) & 1))))
				continue;
			if (pl->is_pointer || (pl->kind == PJ_BASE && f->vars[pl->var].is_aggregate)) return o->memory_bits;
		}
	}
	return w;
}

/* The memory bits statement s may change (other than by assigning the
 * place itself, which step_conds reads as a store of what it knows). */
static uint32_t memory_writes(const Own *o, const Stmt *s) {
	uint32_t w = s->kind == ST_CALL ? call_memory_writes(o, s->call) : 0;
	if (s->kind == ST_USE && s->use == USE_ESCAPE) return o->memory_bits;
	int d = s->kind == ST_ASSIGN || s->kind == ST_CALL ? s->dst : -1;
	if (d < 0 && s->kind != ST_DEAD) return w;
	for (uint32_t m = o->memory_bits & ~w; m; m &= m - 1) {
		int bit = __builtin_ctz(m), q = o->bit_place[bit];
		if (s->kind == ST_DEAD ? o->f->places[q].var == s->var : d != q && store_reaches(o, d, q)) w |= 1u << bit;
	}
	return w;
}

/* Bits for the memory places tested twice (or tested and set to a
 * constant), from what the locals, keys and pointers left of the 32. */
static void memory_places(Own *o, const int *tests) {
	const Function *f = o->f;
	for (int p = 0; p < f->nplaces && o->ncond < 32; p++) {
		if (tests[p] < 3 || o->cond_of[p] >= 0 || !memory_cond_place(f, p)) continue;
		o->bit_place[o->ncond] = p;
		o->memory_bits |= 1u << o->ncond;
		o->cond_of[p] = o->ncond++;
	}
	if (!o->memory_bits) return;
	o->storage_aliased = arena_alloc(&o->tmp, sizeof(bool) * (size_t)(f->nvars ? f->nvars : 1));
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			const Operand *ops = s->kind == ST_CALL ? s->call->args : &s->src;
			int n = s->kind == ST_CALL ? s->call->nargs : 1;
			for (int k = 0; k < n; k++)   /* the system keeps no pointer it is handed (time(&now)) */
				if (ops[k].kind == OP_ADDR && ops[k].place >= 0 && pointer_under(f, ops[k].place) < 0 &&
				    !(s->kind == ST_CALL && system_addr_arg(f, s->call, k)))
					o->storage_aliased[f->places[ops[k].place].var] = true;
		}
}

/* The shared bits statement s may change: a call that is not the
 * system's (or hands the system a function, which may be the user's), and
 * a store through a pointer, which may hold the address. A system
 * function is not given it but as &v itself (cond_writes), and changes no
 * global of the user's (those it may change are not condition places).
 * With them, the memory bits it may change. */
static uint32_t shared_writes(const Own *o, const Stmt *s) {
	uint32_t w = o->memory_bits ? memory_writes(o, s) : 0;
	if (!o->shared_bits) return w;
	if (s->kind == ST_CALL) {
		const Call *c = s->call;
		bool kept = c->callee && c->summary && c->summary->keeps_shared;   /* a helper of the program's that writes none */
		if (!kept && (!c->callee || !c->sig || !c->sig->system)) return w | o->shared_bits;
		for (int k = 0; k < c->nargs; k++)
			if (c->args[k].kind == OP_FUNC) return w | o->shared_bits;
	}
	if ((s->kind == ST_ASSIGN || s->kind == ST_CALL) && s->dst >= 0 && pointer_under(o->f, s->dst) >= 0)
		return w | o->shared_bits;
	return w;
}

/* The condition bits that no assignment in the function may change: what a
 * facet knows of them at one statement still holds at any later one. */
static uint32_t stable_conds(const Own *o) {
	const Function *f = o->f;
	uint32_t unstable = 0;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_CALL) unstable |= cond_writes(o, s->call);
			unstable |= shared_writes(o, s);
			if (s->kind != ST_ASSIGN && !(s->kind == ST_CALL && s->dst >= 0)) continue;
			if (o->cond_of[s->dst] >= 0) unstable |= 1u << o->cond_of[s->dst];
			if (f->places[s->dst].kind == PJ_BASE) unstable |= o->var_keys[f->places[s->dst].var];
		}
	return ~unstable;
}

/* A return reached from statement `i` of block `b` before anything may
 * store something else in `place` (its block), or -1. C code parks a local's
 * address in a long-lived structure for the duration of a call and clears it
 * before returning (sqlite's db->pParse = &sParse); like Clang's
 * StackAddrEscape, only an address still stored when the function returns
 * is a dangling one. */
/* The one successor of t a path that kept `place` holding exactly &local
 * (whole, no arithmetic: exact) takes, or -1: `if (oi->sizep ==
 * &size_scratch) oi->sizep = NULL;` undoes the store on every such path,
 * and an address is never NULL. */
static int kept_address_decides(const Function *f, const Term *t, int place, int local, bool exact) {
	if (t->kind != T_BRANCH) return -1;
	if (!t->ptr_eq) {
		const Operand *c = &t->cond;
		return c->kind == OP_PLACE && c->offset == OFF_NONE && same_place(f, c->place, place) ? 0 : -1;
	}
	if (!exact || !t->cmp) return -1;
	for (int side = 0; side < 2; side++) {
		const Operand *p = &t->cmp[side], *q = &t->cmp[!side];
		if (p->kind == OP_PLACE && p->offset == OFF_NONE && same_place(f, p->place, place) && q->kind == OP_ADDR &&
		    q->place >= 0 && f->places[q->place].kind == PJ_BASE && f->places[q->place].var == local)
			return 0;   /* succ[0]: equal */
	}
	return -1;
}

static int return_before_reset(Own *o, const FacetHdr *h, int b, int i, int place, int local, bool exact) {
	const Function *f = o->f;
	uint32_t known = o->ncond ? h->known & stable_conds(o) & ~o->swap_bits : 0;
	for (; i < f->blocks[b].nstmts; i++)
		if (may_reset(f, &f->blocks[b].stmts[i], place, local)) return -1;
	int *stack = ARENA_ARRAY(o->arena, int, f->nblocks);
	bool *seen = ARENA_ARRAY(o->arena, bool, f->nblocks);
	int sp = 0;
	for (;;) {
		const Block *blk = &f->blocks[b];
		if (blk->term.kind == T_RETURN) return b;
		int n = df_nsuccessors(blk);
		int bit = blk->term.kind == T_BRANCH ? cond_bit(o, b) : -1;
		bool neg = bit >= 0 && cond_negated(o, b);
		int only = kept_address_decides(f, &blk->term, place, local, exact);
		for (int k = 0; k < n; k++) {
			int t = df_successor(blk, k);
			if (only >= 0 && k != only) continue;
			if (bit >= 0 && (known >> bit & 1) && (int)(h->value >> bit & 1) != ((k == 0) != neg)) continue;   /* 7.36 */
			if (seen[t]) continue;
			seen[t] = true;
			int j = 0;
			while (j < f->blocks[t].nstmts && !may_reset(f, &f->blocks[t].stmts[j], place, local)) j++;
			if (j == f->blocks[t].nstmts) stack[sp++] = t;
		}
		if (!sp) return -1;
		b = stack[--sp];
	}
}

/* A local's address returned, or stored in an out-parameter or a global
 * (return-local-ref, E0515): the pointer outlives what it points to. */
static void escape_local(Own *o, VState *st, const Stmt *s, const Operand *v, const char *stored_in) {
	if (!o->out) return;
	int var = -1;
	bool some_local = false;   /* one of several locals */
	if (v->kind == OP_ADDR && origin_of_addr(o, v->place) == ORIG_STACK) var = o->f->places[v->place].var;
	int t = tracked(o, v);
	if (t >= 0 && (st[t].origin & ORIG_STACK) && !(st[t].mask & (OS_OWNED | OS_MAYBE))) {
		var = st[t].ovar;
		some_local = var < 0;
	}
	if (var < 0 && !some_local && v->kind == OP_PLACE && o->f->places[v->place].kind == PJ_BASE &&
	    o->f->vars[o->f->places[v->place].var].is_aggregate) {
		/* a struct by value: its pointer fields travel with it */
		for (int m = 0; m < o->nreal && var < 0 && !some_local; m++) {
			int p = o->place_of[m];
			if (o->f->places[p].var != o->f->places[v->place].var || p == v->place || pointer_under(o->f, p) >= 0)
				continue;
			if ((st[m].origin & ORIG_STACK) && !(st[m].mask & OS_UNINIT && st[m].mask == OS_UNINIT)) {
				var = st[m].ovar;
				some_local = var < 0;
			}
		}
		t = -1;
	}
	if (!some_local && (var < 0 || o->f->vars[var].kind == VK_TEMP)) return;
	int exit = -1;
	if (stored_in) {
		exit = return_before_reset(o, (const FacetHdr *)st - 1, o->cur_block, o->gid - o->stmt_base[o->cur_block] + 1,
		                           s->dst, var,
		                           v->kind == OP_ADDR && v->place >= 0 && o->f->places[v->place].kind == PJ_BASE);
		if (exit < 0) return;
	}
	if (already_reported(o, ((long long)o->gid << 8) ^ ((long long)FACT_RETURN_LOCAL << 56))) return;
	OwnFact *fct = new_fact(o, st, t, FACT_RETURN_LOCAL, s->range);
	fct->strict = true;   /* 7.45 */
	fct->what = t >= 0 ? fct->what : operand_text(o->arena, o->f, v);
	if (some_local) {
		fct->local = "a local variable";
	} else {
		fct->local = o->f->vars[var].kind == VK_LITERAL ? NULL : o->f->vars[var].name;
		fct->local_at = o->f->vars[var].decl;
	}
	fct->stored_in = stored_in;
	if (exit >= 0) fct->has_end = true, fct->end_at = o->f->blocks[exit].term.range;
}

static void step_assign(Own *o, VState *st, const Stmt *s) {
	const Function *f = o->f;
	int d = o->track[s->dst];
	int sp = start_pointer(f, &s->src);   /* &p->first: p */
	int t = s->src.kind == OP_ADDR ? (sp >= 0 ? o->track[sp] : -1) : tracked(o, &s->src);
	if (s->compound) { step_compound(o, st, s, d); return; }
	bool into_temp = f->vars[f->places[s->dst].var].kind == VK_TEMP;
	if (t >= 0 && !into_temp) check_use(o, st, t, s->src.range, HOW_USE);
	bool into_owner = is_owner_slot(f, s->dst);
	if (d < 0) {   /* a place ownck does not follow: a global, *p, p->f */
		const Var *root = &f->vars[f->places[s->dst].var];
		bool outlives = root->kind == VK_GLOBAL || root->kind == VK_STATIC ||
		                (root->kind == VK_PARAM && pointer_under(f, s->dst) >= 0);
		if (outlives) escape_local(o, st, s, &s->src, f->places[s->dst].text);
		if (t < 0) {   /* &p->f stored in memory (not in a plain local ownck left out) */
			if (f->places[s->dst].kind != PJ_BASE || root->kind == VK_GLOBAL || root->kind == VK_STATIC)
				escape_value(o, st, interior_of(o, &s->src), true);
			return;
		}
		for (int m = 0; m < o->ntracked; m++)   /* a realloc's result: its old block with it */
			if (st[m].link == t) release_unseen(o, st, m);
		if (into_owner) move_out(o, st, t, site_id(o, -1), true);
		else escape_value(o, st, t, true);
		return;
	}
	if (t == d) {   /* p = p + n, p = align(p): p moves within its block, as p += n does */
		if (s->src.offset != OFF_NONE) step_compound(o, st, s, d);
		return;
	}
	/* the old value's last owner is overwritten (7.18: only values this function owned) */
	if ((st[d].mask & OS_OWNED) && !held_elsewhere(o, st, d, -1) && !(t >= 0 && st[t].alias == st[d].alias))
		report_leak(o, st, d, LEAK_OVERWRITE, s->range, NULL);
	const Place *dp = &f->places[s->dst];
	if (dp->kind == PJ_BASE) forget_fields_of(o, st, dp->var);
	leave_class(o, st, d);
	if (t < 0 && dp->kind != PJ_BASE) escape_value(o, st, interior_of(o, &s->src), true);   /* v.ptr = &p->f */
	/* char *d = h->data: d points into h's block, at an offset ownck does not
	 * know; returned or stored, it takes the block along (as return &h->data) */
	bool interior = t < 0 && dp->kind == PJ_BASE && !into_owner && dp->annot.mode != MODE_BORROW &&
	                dp->annot.mode != MODE_BORROW_MUT && (t = interior_of(o, &s->src)) >= 0;
	if (interior && !(st[t].mask & (OS_OWNED | OS_MAYBE))) interior = false, t = -1;
	if (t < 0) { assign_untracked(o, st, s, d, into_owner); return; }
	VState v = st[t];
	bool temp = f->vars[f->places[o->place_of[t]].var].kind == VK_TEMP;
	st[d] = v;
	st[d].link = -1;
	if (v.alias >= 0) st[v.alias].shared = 1;   /* d joins v's class, at least for now */
	if (s->src.offset == OFF_KNOWN && v.offkind != OFF_UNKNOWN) {
		step_offset(&st[d].offkind, &st[d].offset, &s->src);
		if (s->src.value) st[d].offsite = site_id(o, -1);
	} else if (s->src.offset == OFF_UNKNOWN || interior) {
		if (interior) st[d].offkind = OFF_UNKNOWN;
		else step_offset(&st[d].offkind, &st[d].offset, &s->src);
		st[d].offsite = site_id(o, -1);
	}
	for (int m = 0; m < o->ntracked; m++)   /* realloc's pending restore follows its result */
		if (st[m].link == t) st[m].link = d;
	if (into_owner) {
		st[d].alias = d;
		st[d].strict = 1;
		for (int i = 0; i < OWN_MAX_SITES; i++) st[d].sites[i] = -1;
		if (temp) { leave_class(o, st, t); set_fresh(&st[t], t, OS_UNINIT, false); }
		else move_out(o, st, t, site_id(o, -1), true);
		st[d].mask = (uint8_t)(v.mask & ~(OS_MOVED | OS_RELEASED | OS_UNINIT));
		if (!st[d].mask) st[d].mask = v.mask;
		return;
	}
	if (temp && v.alias == t) {   /* a fresh value: the destination takes it over */
		st[d].alias = d;
		leave_class(o, st, t);
		set_fresh(&st[t], t, OS_UNINIT, false);
		return;
	}
	if (dp->annot.mode == MODE_BORROW || dp->annot.mode == MODE_BORROW_MUT) {
		/* a borrow: the borrow checker (loans.c) keeps it valid, not an alias */
		set_fresh(&st[d], d, (uint8_t)(v.mask & OS_NULL ? OS_NULL | OS_OTHER : OS_OTHER), false);
		return;
	}
	if (v.mask == OS_NULL) {   /* a copy of NULL (a = b = NULL;): no allocation to share */
		st[d].alias = d;
		return;
	}
	st[d].alias = v.alias;   /* an alias of the same allocation */
	if (v.alias >= 0) st[v.alias].shared = 1;
	if (o->move_of && o->move_of[o->gid] == t) {   /* t is read no more: d holds it alone (index_moves) */
		leave_class(o, st, t);
		set_fresh(&st[t], t, OS_OTHER, false);
	}
}

static void step_dead(Own *o, VState *st, const Stmt *s) {
	const Function *f = o->f;
	bool temp = f->vars[s->var].kind == VK_TEMP;
	/* pointers into it now dangle (unless only the return's scope ends follow) */
	bool tail = o->gid - o->stmt_base[o->cur_block] >= o->dead_tail[o->cur_block];
	for (int m = 0; o->addr_taken[s->var] && !tail && m < o->nreal; m++) {
		if (!(st[m].origin & ORIG_STACK) || st[m].ovar != s->var || f->places[o->place_of[m]].var == s->var) continue;
		st[m].mask |= OS_DANGLING;
		st[m].dsite = site_id(o, -1);
	}
	for (int k = o->var_tstart[s->var]; k < o->var_tstart[s->var + 1]; k++) {
		int m = o->var_tracked[k];
		/* p->f lives in *p, which outlives the pointer p */
		if ((st[m].mask & OS_OWNED) && !o->program_exit && !through_deref(f, o->place_of[m]) &&
		    !held_elsewhere(o, st, m, s->var))
			report_leak(o, st, m, temp ? LEAK_DISCARDED : LEAK_SCOPE,
			            temp ? f->vars[s->var].decl : s->range, NULL);
		leave_class(o, st, m);
		set_fresh(&st[m], m, OS_UNINIT, false);
	}
}

/* The parameter a borrowed result must come from: the one whose LIFETIME
 * is the function's, or by elision the only borrowed one (7.27). -1: any
 * static data (LIFETIME(static)); -2: undecidable (missing-lifetime). */
static int expected_param(const Signature *sig, const char **lt) {
	*lt = sig->ret.lifetime;
	if (sig->ret.lifetime && !strcmp(sig->ret.lifetime, "static")) return -1;
	int only = -2, count = 0;
	for (int i = 0; i < sig->nparams; i++) {
		Mode m = sig->params[i].annot.mode;
		if (m == MODE_BORROW || m == MODE_BORROW_MUT) { only = i; count++; }
	}
	if (!sig->ret.lifetime) return count == 1 ? only : -2;
	return -3;   /* named: any parameter with that lifetime */
}

/* lifetime-mismatch (E0621/E0623): the returned borrow provably comes from a
 * borrowed parameter that does not have the result's lifetime. */
static void check_return_lifetime(Own *o, VState *st, const Stmt *s) {
	const Signature *sig = o->f->sig;
	if (!o->out || !sig || (sig->ret.mode != MODE_BORROW && sig->ret.mode != MODE_BORROW_MUT)) return;
	int t = tracked(o, &s->src);
	uint64_t from = t >= 0 ? st[t].pmask : 0;
	if (s->src.kind == OP_ADDR) {   /* return &p->f, p->arr: borrowed from p */
		int ptr = pointer_under(o->f, s->src.place);
		if (ptr >= 0 && o->track[ptr] >= 0) from = st[o->track[ptr]].pmask;
	}
	const char *lt;
	int want = expected_param(sig, &lt);
	if (want == -2) return;   /* missing-lifetime is reported instead (7.27) */
	int p = -1;
	for (int i = 0; i < sig->nparams && i < 64 && p < 0; i++) {   /* on some path, from the wrong one */
		if (!((from >> i) & 1)) continue;
		const Param *q = &sig->params[i];
		if (q->annot.mode != MODE_BORROW && q->annot.mode != MODE_BORROW_MUT) continue;   /* unchecked */
		bool ok = want == -3 ? q->annot.lifetime && !strcmp(q->annot.lifetime, lt) : want == i;
		if (!ok) p = i;
	}
	if (p < 0) return;
	const Param *pp = &sig->params[p];
	if (already_reported(o, ((long long)o->gid << 8) ^ ((long long)FACT_LIFETIME << 56))) return;
	OwnFact *fct = new_fact(o, st, t, FACT_LIFETIME, s->range);
	fct->strict = true;
	if (t < 0) fct->what = operand_text(o->arena, o->f, &s->src);
	fct->param = pp->name;
	fct->param_lt = pp->annot.lifetime;
	fct->ret_lt = lt;
	fct->param_at = o->f->vars[p].decl;
	fct->fn_at = o->f->name_range;
	if (want >= 0) fct->expected = sig->params[want].name;
}

/* Summary: which parameter's original value, unchanged, this return gives
 * back (its ghost is in the returned value's class, at offset 0). */
static void note_returned_param(Own *o, const VState *st, int t) {
	int param = -1;
	for (int g = o->nreal; t >= 0 && g < o->ntracked; g++)
		if (st[g].alias == st[t].alias && st[t].offkind == OFF_NONE && o->ghost_param[g] >= 0 &&
		    !(st[t].mask & (OS_RELEASED | OS_MOVED)))
			param = param < 0 ? o->ghost_param[g] : -2;
	if (param < 0 || (o->ret_param && o->ret_param != param + 1)) o->ret_param = -1;
	else o->ret_param = param + 1;
}

/* Summary, at a return of tracked t: which parameters are released there,
 * and whether by the realloc whose result t is (its pending restore links
 * them to t: released only if t is not NULL). */
static void note_realloc_return(Own *o, const VState *st, int t) {
	for (int g = o->nreal; g < o->ntracked; g++) {
		if (!(st[g].mask & OS_RELEASED)) continue;
		uint64_t bit = 1ull << o->ghost_param[g];
		if (t >= 0 && st[g].link == t) o->released_for |= bit;
		else o->released_else |= bit;
	}
}

/* A struct copied or returned whole: what its fields own goes with the copy. */
static void whole_struct_leaves(Own *o, VState *st, const Operand *src) {
	if (src->kind == OP_PLACE && o->f->places[src->place].kind == PJ_BASE &&
	    o->f->vars[o->f->places[src->place].var].is_aggregate)
		fields_escape(o, st, src->place, true, false);
}

static void step(Own *o, VState *st, const Stmt *s) {
	if ((s->kind == ST_ASSIGN || s->kind == ST_CALL) && s->dst >= 0 && !s->compound &&
	    o->f->vars[o->f->places[s->dst].var].kind == VK_TEMP && o->track[s->dst] >= 0 &&
	    o->f->places[s->dst].kind == PJ_BASE) {   /* a temporary's (shared) slot starts afresh */
		int d = o->track[s->dst];
		leave_class(o, st, d);
		set_fresh(&st[d], d, OS_UNINIT, false);
	}
	switch (s->kind) {
	case ST_ASSIGN:
		step_assign(o, st, s);
		whole_struct_leaves(o, st, &s->src);
		break;
	case ST_CALL:
		step_call(o, st, s);
		break;
	case ST_USE: {
		int t = tracked(o, &s->src);
		check_use(o, st, t, s->src.range, HOW_USE);
		if (s->use == USE_ESCAPE) escape(o, st, t);
		break;
	}
	case ST_RET: {
		whole_struct_leaves(o, st, &s->src);
		escape_local(o, st, s, &s->src, NULL);
		check_return_lifetime(o, st, s);
		int t = tracked(o, &s->src);
		bool null = s->src.kind == OP_NULL || (s->src.kind == OP_CONST && !s->src.value);
		if (o->summary) {
			bool fresh = t >= 0 && (st[t].mask & OS_OWNED) && !(st[t].mask & ~(OS_OWNED | OS_NULL)) &&
			             !st[t].strict && st[t].alloc >= 0;
			/* an allocator with a hook (if (hook) return hook(n); return
			 * malloc(n);, libevent's event_mm_malloc_): what the hook gives
			 * stands in for malloc's, and is the caller's as malloc's is */
			bool hooked = t >= 0 && (st[t].origin & ORIG_HOOK) && !(st[t].mask & ~(OS_OTHER | OS_NULL));
			if (fresh) o->ret_fresh = true;
			else if (!null && !hooked) o->ret_other = true;
			if (!fresh || (st[t].mask & OS_NULL)) o->ret_maybe_null = true;
			if (!null) note_returned_param(o, st, t);
			note_realloc_return(o, st, t);
		}
		if (t < 0) {
			escape(o, st, interior_of(o, &s->src));   /* return &p->refcnt: the block goes with it */
			break;
		}
		check_use(o, st, t, s->src.range, HOW_USE);
		uint64_t escaped = o->escaped;
		if ((o->f->sig && o->f->sig->ret.mode == MODE_OWNED) || st[t].strict)
			move_out(o, st, t, site_id(o, -1), true);
		else
			escape(o, st, t);
		o->ret_escaped |= o->escaped & ~escaped;   /* kept apart: returning a parameter back is no escape */
		o->escaped = escaped;
		break;
	}
	case ST_DEAD:
		step_dead(o, st, s);
		break;
	}
}

/* What a summary says about how a call returns: not at all, or not when
 * some argument was NULL (which then is known non-NULL afterwards). */
static void after_call(Own *o, void *state, const Call *c) {
	const Summary *sum = summary_of(o->u, c);
	if (!sum) return;
	if (sum->noreturn) { *nfacets(state) = 0; return; }
	for (int i = 0; i < c->nargs && i < 64 && sum->aborts_on_null; i++) {
		if (!((sum->aborts_on_null >> i) & 1)) continue;
		int t = tracked(o, &c->args[i]);
		if (t < 0) continue;
		int out = 0, n = *nfacets(state);
		for (int k = 0; k < n; k++) {
			VState *st = facet_vs(o, state, k);
			bool alive = true;
			FOR_CLASS(o, st, t, m) {
				uint8_t nm = st[m].mask & (uint8_t)~OS_NULL;
				if (!nm) alive = false;
				else st[m].mask = nm;
			}
			if (!alive) continue;
			if (out != k) memcpy(facet_hdr(o, state, out), facet_hdr(o, state, k), facet_size(o));
			out++;
		}
		*nfacets(state) = out;
	}
}

/* Whether block b's branch takes succ[0] when its condition bit is clear:
 * a key's test written the other way round (KEY_NEGATED). */
static bool cond_negated(const Own *o, int b) {
	const Term *t = &o->f->blocks[b].term;
	return (t->key_flags & KEY_NEGATED) && t->cond.kind == OP_NONE && t->key > 0 && t->key <= o->nkeys &&
	       o->cond_of_key[t->key - 1] >= 0;
}

/* The condition bit of block b's branch, or -1. */
static int cond_bit(const Own *o, int b) {
	const Term *t = &o->f->blocks[b].term;
	const Operand *op = &t->cond;
	int bit = -1;
	if (op->kind == OP_PLACE && op->place >= 0 && op->offset == OFF_NONE) bit = o->cond_of[op->place];
	else if (op->kind == OP_NONE && t->key > 0 && t->key <= o->nkeys) bit = o->cond_of_key[t->key - 1];
	return bit >= 0 ? bit : o->branch_bit[b];
}

/* The variable s assigns or ends (-1: none), and in *bit the condition
 * bit of the place it assigns or of that variable (-1: none). */
static int cond_target(const Own *o, const Stmt *s, int *bit) {
	*bit = -1;
	if (s->kind == ST_ASSIGN) {
		*bit = o->cond_of[s->dst];
		return o->f->places[s->dst].kind == PJ_BASE ? o->f->places[s->dst].var : -1;
	}
	if (s->kind != ST_DEAD) return -1;
	if (o->var_base[s->var] >= 0) *bit = o->cond_of[o->var_base[s->var]];
	return s->var;
}

/* n++, n += 2: an integer stepped up by a constant, followed in checks
 * only: carried through loops, the bit keeps facets apart, which cost the
 * summaries 14 million instructions on sqlite3.c; without it a few
 * summaries say a parameter is kept where they would say nothing
 * (iproute2's parse_encap_*), and no finding of sixteen projects changed. */
static bool counts_up(const Own *o, const Stmt *s) {
	return !o->summary && s->kind == ST_ASSIGN && s->rmw && s->src.kind == OP_NONE && s->src.value > 0;
}

/* s copies an integer condition place into another, bit, of no lower rank:
 * what is known of the source's truth is the copy's. In checks only, as
 * the memory bits (in summaries too it cost 13 million instructions on
 * sqlite3.c). */
static bool truth_copied(const Own *o, const Stmt *s, int bit) {
	if (o->summary || s->kind != ST_ASSIGN || s->compound || s->rmw || s->src.kind != OP_PLACE || s->src.offset != OFF_NONE ||
	    s->src.place < 0)
		return false;
	int from = o->cond_of[s->src.place];
	const Place *src = &o->f->places[s->src.place], *dst = &o->f->places[s->dst];
	return from >= 0 && from != bit && src->int_rank && dst->int_rank >= src->int_rank;
}

/* What s does to the condition locals the facets know. */
/* Whether v REL c holds for every v in [lo, hi]: 1, for none: 0, else -1. */
static int rel_holds(int rel, long long c, long long lo, long long hi) {
	switch (rel) {
	case REL_EQ: return lo == hi ? lo == c : c < lo || c > hi ? 0 : -1;
	case REL_LT: return hi < c ? 1 : lo >= c ? 0 : -1;
	case REL_LE: return hi <= c ? 1 : lo > c ? 0 : -1;
	case REL_GT: return lo > c ? 1 : hi <= c ? 0 : -1;
	case REL_GE: return lo >= c ? 1 : hi < c ? 0 : -1;
	default: return -1;
	}
}

static bool decides(const Function *f, const Stmt *s, long long *lo, long long *hi);
static uint32_t stepped_relations(const Own *o, const Stmt *s, int var);

/* v = C, or v = u with u unsigned and narrower (so never negative in v),
 * decides v's `v REL C'` tests (int cnt = -1; ... if (cnt < 0) { cnt = n;
 * arr = malloc(...); }: rsync's auth_server allocates once). */
static void assign_relations(Own *o, void *state, const Stmt *s, int var) {
	long long lo, hi;
	if (!decides(o->f, s, &lo, &hi)) return;
	uint32_t set = 0, val = 0;
	for (uint32_t m = o->rel_bits & o->var_keys[var]; m; m &= m - 1) {
		int b = __builtin_ctz(m);
		int h = o->rel_var[b] == var ? rel_holds(o->rel_kind[b], o->rel_const[b], lo, hi) : -1;
		if (h < 0) continue;
		set |= 1u << b;
		if (h) val |= 1u << b;
	}
	if (!set) return;
	for (int k = 0; k < *nfacets(state); k++) {
		FacetHdr *h = facet_hdr(o, state, k);
		h->known |= set;
		h->value = (h->value & ~set) | val;
	}
	normalize(o, state);
}

/* The v REL C bits of v that s, a step of v by a constant, carries on
 * (step_relations): they are not forgotten there, nor dead before it. */
static uint32_t stepped_relations(const Own *o, const Stmt *s, int var) {
	uint32_t stepped = 0;
	if (var >= 0 && s->kind == ST_ASSIGN && s->rmw && s->src.kind == OP_NONE && s->src.value)
		for (uint32_t m = o->rel_bits & o->var_keys[var]; m; m &= m - 1)
			if (o->rel_var[__builtin_ctz(m)] == var) stepped |= m & -m;
	return stepped;
}

/* v += k (k > 0; v -= k: up false): what v REL C was known to be and stays
 * (v < C false stays false; v == C true becomes false); the rest is
 * forgotten. (An unsigned v that wraps is taken not to, as counts_up.) */
static void step_relations(Own *o, void *state, uint32_t bits, bool up) {
	for (int k = 0; k < *nfacets(state); k++) {
		FacetHdr *h = facet_hdr(o, state, k);
		for (uint32_t m = bits; m; m &= m - 1) {
			int b = __builtin_ctz(m), rel = o->rel_kind[b];
			uint32_t bit = m & -m;
			if (!(h->known & bit)) continue;
			bool val = h->value & bit, keeps;
			if (rel == REL_EQ) keeps = val, val = false;
			else if (rel == REL_LT || rel == REL_LE) keeps = up ? !val : val;
			else keeps = up ? val : !val;
			if (keeps) h->value = val ? h->value | bit : h->value & ~bit;
			else h->known &= ~bit, h->value &= ~bit;
		}
	}
	normalize(o, state);
}

static void step_conds(Own *o, void *state, const Stmt *s) {
	uint32_t w = s->kind == ST_CALL ? cond_writes(o, s->call) : 0;
	if (o->shared_bits | o->memory_bits) w |= shared_writes(o, s);   /* per statement: most functions have none, skip the call */
	int bit, var = cond_target(o, s, &bit);
	if (var >= 0) w |= o->var_keys[var];   /* a pure condition reading it may change */
	uint32_t stepped = stepped_relations(o, s, var);
	w &= ~stepped;
	if (w) forget_conds(o, state, w);
	if (stepped) step_relations(o, state, stepped, s->src.value > 0);
	if (var >= 0 && (o->rel_bits & o->var_keys[var])) assign_relations(o, state, s, var);
	if (bit < 0) return;
	if (counts_up(o, s)) {
		/* n++: an unsigned n is non-zero now, whatever it was (a count of what was
		 * stored: l = realloc(l, n + 1); l[n++] = x; in a loop; it wraps to 0 only
		 * from its maximum); a signed one if it was known zero; else unknown */
		uint32_t m = 1u << bit;
		bool counts = var >= 0 && (o->f->vars[var].is_unsigned || (o->never_negative && o->never_negative[var]));   /* a field: as if signed */
		for (int k = 0; k < *nfacets(state); k++) {
			FacetHdr *h = facet_hdr(o, state, k);
			if (counts || ((h->known & m) && !(h->value & m))) h->known |= m, h->value |= m;
			else h->known &= ~m, h->value &= ~m;
		}
		normalize(o, state);
		return;
	}
	forget_cond(o, state, bit);
	bool literal = s->src.kind == OP_STRING || s->src.kind == OP_ADDR || s->src.kind == OP_FUNC;   /* dir = ".git": not NULL */
	if (s->kind == ST_ASSIGN && (s->src.kind == OP_CONST || s->src.kind == OP_NULL || literal) && !s->compound) {
		for (int k = 0; k < *nfacets(state); k++) {
			FacetHdr *h = facet_hdr(o, state, k);
			h->known |= 1u << bit;
			if (literal || (s->src.kind == OP_CONST && s->src.value)) h->value |= 1u << bit;
		}
		normalize(o, state);
	} else if (s->kind == ST_ASSIGN && !s->compound && o->track[s->dst] >= 0 && o->f->places[s->dst].is_pointer) {
		/* tmp = $6 after $6 = xrealloc(p, n): where a facet knows the pointer's
		 * null-ness, its test is decided (an allocator that never returns NULL) */
		int d = o->track[s->dst];
		for (int k = 0; k < *nfacets(state); k++) {
			FacetHdr *h = facet_hdr(o, state, k);
			const VState *v = &facet_vs(o, state, k)[d];
			bool null = v->mask == OS_NULL;
			bool nonnull = v->mask && (!(v->mask & (OS_NULL | OS_UNINIT | OS_OTHER | OS_MAYBE)) ||
			                           (v->mask == OS_OTHER && v->nonnull));
			if (!null && !nonnull) continue;
			h->known |= 1u << bit;
			if (nonnull) h->value |= 1u << bit;
		}
		normalize(o, state);
	} else if (truth_copied(o, s, bit)) {   /* c = *s: c is true where *s was */
		int from = o->cond_of[s->src.place];
		for (int k = 0; k < *nfacets(state); k++) {
			FacetHdr *h = facet_hdr(o, state, k);
			if (!(h->known >> from & 1)) continue;
			h->known |= 1u << bit;
			h->value |= (h->value >> from & 1) << bit;
		}
		normalize(o, state);
	}
}

/* ---- --explain-states ---- */

/* Tracked t's state over every facet (every set of paths) of state. */
static bool joined(Own *o, void *state, int t, VState *j) {
	int n = *nfacets(state);
	for (int k = 0; k < n; k++) {
		const VState *v = &facet_vs(o, state, k)[t];
		if (!k) { *j = *v; continue; }
		j->mask |= v->mask;
		for (int i = 0; i < OWN_MAX_SITES && v->sites[i] >= 0; i++) add_site(j, v->sites[i]);
		if (j->alloc < 0 && j->alloc != ALLOC_PARAM) j->alloc = v->alloc;
		if (j->ovar < 0) j->ovar = v->ovar;
		if (j->dsite < 0) j->dsite = v->dsite;
	}
	return n > 0;
}

static void describe_state(Own *o, const VState *v, int t, PlaceState *ps, SrcRange at) {
	ps->place = o->place_of[t];
	ps->mask = v->mask;
	ps->has_alloc = where_allocated(o, v, t, &ps->alloc_at, &ps->alloc_by);
	for (int i = 0; i < OWN_MAX_SITES && v->sites[i] >= 0; i++) describe_site(o, v->sites[i], &ps->sites[ps->nsites++], at);
	if (!(v->mask & OS_DANGLING) || v->ovar < 0) return;
	ps->local = o->f->vars[v->ovar].name;
	const Stmt *e = v->dsite >= 0 ? stmt_of(o, v->dsite / 64) : NULL;
	ps->has_end = e != NULL;
	if (e) ps->end_at = e->range;
}

static int by_place(const void *a, const void *b) {
	return ((const PlaceState *)a)->place - ((const PlaceState *)b)->place;
}

/* The states after statement i of block b (-1: at its entry), of the
 * places the programmer wrote (no temporaries, no summary ghosts). */
static bool recorded(Own *o, void *state, int t, VState *v) {
	if (o->f->vars[o->f->places[o->place_of[t]].var].kind == VK_TEMP) return false;
	return joined(o, state, t, v) && v->mask != OS_UNINIT;
}

static void record_point(Own *o, int b, int i, void *state, SrcRange at) {
	OwnPoint *pt = vec_push(o->points);
	pt->block = b;
	pt->stmt = i;
	VState v;
	int n = 0;
	for (int t = 0; t < o->nreal; t++) n += recorded(o, state, t, &v);   /* few of nreal, in a big function */
	pt->v = ARENA_ARRAY(o->arena, PlaceState, n ? n : 1);
	for (int t = 0; t < o->nreal; t++)
		if (recorded(o, state, t, &v)) describe_state(o, &v, t, &pt->v[pt->n++], at);
	qsort(pt->v, (size_t)pt->n, sizeof(PlaceState), by_place);
}

static void note_exit(Own *o, void *state);

static void transfer(void *ctx, int b, void *state) {
	Own *o = ctx;
	const Block *blk = &o->f->blocks[b];
	o->cur_block = b;
	/* returning from main ends the program, as exit() does: nothing leaks there */
	int exit_tail = blk->nstmts;
	if (blk->term.kind == T_RETURN && !strcmp(o->f->name, "main"))
		while (exit_tail > 0 && (blk->stmts[exit_tail - 1].kind == ST_DEAD || blk->stmts[exit_tail - 1].kind == ST_RET))
			exit_tail--;
	if (o->points && o->replaying) record_point(o, b, -1, state, blk->term.range);
	for (int i = 0; i < blk->nstmts; i++) {
		const Stmt *s = &blk->stmts[i];
		o->gid = o->stmt_base[b] + i;
		o->program_exit = i >= exit_tail;
		claim(o, s);
		for (int k = 0; k < *nfacets(state); k++) step(o, facet_vs(o, state, k), s);
		if (s->kind == ST_CALL) after_call(o, state, s->call);
		step_conds(o, state, s);
		if (o->points && o->replaying) record_point(o, b, i, state, s->range);
	}
	if (o->summary && blk->term.kind == T_RETURN) note_exit(o, state);
	if (o->cond_live) keep_conds(o, state, o->cond_kept[b]);
}

/* `if (p)`: p is non-null on the first edge and null on the second, and so
 * is every alias of it. realloc's argument is owned again where its result
 * is null. Returns false when the facet cannot take the edge. */
/* The followed pointer a branch tests for NULL, or -1 (p + k with an
 * unknown k says nothing about p). */
static int tested_pointer(const Own *o, const Term *t) {
	int c = tracked(o, &t->cond);
	return t->cond.offset == OFF_UNKNOWN ? -1 : c;
}

static bool refine_pointer(Own *o, VState *st, const Term *t, int succ) {
	int c = tested_pointer(o, t);
	if (c < 0) return true;
	bool nonnull = succ == 0;
	if (!nonnull && ((st[c].mask & OS_NULL) || only_lent(&st[c])) && (st[c].alias != c || st[c].shared)) {
		/* NULL on its own, the rest of the class as it was: a pointer into a
		 * block that owns nothing itself (strchr's result: lent_interior),
		 * or one NULL where another member cannot be, which joined the class
		 * on the paths where it took that member's value (q = NULL; if (k)
		 * q = p + 1;) and was NULL on the others, which this side keeps */
		bool alone = only_lent(&st[c]);
		FOR_CLASS(o, st, c, m)
			if (!(st[m].mask & (OS_NULL | OS_OTHER | OS_UNINIT))) alone = true;
		if (alone) {
			leave_class(o, st, c);
			set_fresh(&st[c], c, OS_NULL, false);
			return true;
		}
	}
	FOR_CLASS(o, st, c, m) {
		uint8_t keep = nonnull ? (uint8_t)~OS_NULL : (OS_NULL | OS_OTHER | OS_UNINIT);
		bool literal = !nonnull && st[m].nonnull && (st[m].mask & OS_OTHER);
		if (literal) keep &= (uint8_t)~OS_OTHER;   /* a literal is not NULL (git's rebase.c, setup.c) */
		uint8_t nm = st[m].mask & keep;
		if (!nm) return false;
		if (!nonnull && (st[m].origin & ORIG_NOT_HEAP) && !(st[m].origin & ORIG_STACK))
			st[m].origin &= (uint8_t)~ORIG_NOT_HEAP;   /* NULL here: not the literal or the global it held elsewhere */
		if (literal) st[m].nonnull = 0;
		if (nonnull && (nm & OS_MAYBE)) nm = (uint8_t)((nm & ~OS_MAYBE) | OS_OWNED);   /* tested: owned (7.19) */
		st[m].mask = nm;
	}
	for (int m = 0; m < o->ntracked; m++) {
		if (st[m].link != c) continue;
		/* realloc failed: the old block is as it was, owned here only if it
		 * was (an unannotated parameter's stays the caller's) */
		if (!nonnull && (st[m].mask & OS_RELEASED))
			st[m].mask = (uint8_t)((st[m].mask & ~OS_RELEASED) | (st[m].alloc == -1 ? OS_OTHER : OS_OWNED));
		st[m].link = -1;
	}
	return true;
}

/* On the unequal side of p == q, p and q cannot hold one value: when they
 * are one class at no offset (old = dir = cur; ... if (old != dir)
 * free(old);: dash's cd.c, the free only when dir took a new string), the
 * side is not taken. */
static bool refine_distinct(Own *o, VState *st, const Term *t, int succ) {
	if (!t->ptr_eq || succ != 1) return true;
	int x = tracked(o, &t->cmp[0]), y = tracked(o, &t->cmp[1]);
	if (x < 0 || y < 0 || x == y || t->cmp[0].offset != OFF_NONE || t->cmp[1].offset != OFF_NONE) return true;
	if (st[x].alias < 0 || st[x].alias != st[y].alias || st[x].offkind != OFF_NONE || st[y].offkind != OFF_NONE)
		return true;
	return (st[x].mask & ~(OS_UNINIT | OS_NULL)) == 0;   /* both NULL or unset: nothing said */
}

/* q still holds what the caller passed: a parameter never assigned and
 * whose address is not taken, and not one ownck tracks as owned. */
static bool entry_value(const Own *o, const VState *st, const Operand *q, int y) {
	if (y < 0 || q->kind != OP_PLACE || q->place < 0) return false;
	const Place *pl = &o->f->places[q->place];
	return pl->kind == PJ_BASE && o->f->vars[pl->var].kind == VK_PARAM && !o->assigned[pl->var] &&
	       !o->addr_taken[pl->var] && !(st[y].mask & (OS_OWNED | OS_MAYBE));
}

/* On the equal side of p == q, a value this function just allocated cannot
 * be p unless q is the same allocation: fresh memory equals no older pointer.
 * A class q shares with p says only that p may be q on some path (result =
 * resultbuf; ... result = malloc(n): gnulib's growth idiom); when q is still
 * the caller's value, p's fresh memory is not q's all the same. Such a class
 * is one by a join, so a member other than p that holds nothing else may
 * hold the memory apart from p: it keeps it, and the side stays possible. */
static bool refine_equal(Own *o, VState *st, const Term *t, int succ) {
	if (!t->ptr_eq || succ != 0) return true;
	for (int side = 0; side < 2; side++) {
		int x = tracked(o, &t->cmp[side]), y = tracked(o, &t->cmp[!side]);
		if (x < 0 || t->cmp[side].offset != OFF_NONE || st[x].alloc < 0) continue;
		bool joined = y >= 0 && st[y].alias == st[x].alias;
		if (joined && !entry_value(o, st, &t->cmp[!side], y)) continue;
		FOR_CLASS(o, st, x, m) {
			uint8_t nm = st[m].mask & (uint8_t)~(OS_OWNED | OS_MAYBE);
			if (!nm && joined && m != x) continue;
			if (!nm) return false;
			st[m].mask = nm;
		}
	}
	return true;
}

/* On the unequal side of p == &local (char buf[N], *p = buf; ... if (p !=
 * buf) free(p): the small-buffer idiom), p is not that local's address:
 * when it is the only local p may point into, p points into none. (Only
 * the origin goes; the value may still be something else ownck does not
 * own, so the side stays possible.) */
static void refine_unequal(Own *o, VState *st, const Term *t, int succ) {
	if (!t->ptr_eq || succ != 1) return;
	const Function *f = o->f;
	for (int side = 0; side < 2; side++) {
		const Operand *p = &t->cmp[side], *q = &t->cmp[!side];
		int x = tracked(o, p);
		if (x < 0 || p->offset != OFF_NONE || q->kind != OP_ADDR || q->place < 0 || q->offset != OFF_NONE) continue;
		if (f->places[q->place].kind != PJ_BASE || origin_of_addr(o, q->place) != ORIG_STACK) continue;
		if (!(st[x].origin & ORIG_STACK) || st[x].ovar != f->places[q->place].var || st[x].offkind != OFF_NONE) continue;
		int local = st[x].ovar;
		FOR_CLASS(o, st, x, m) {
			if (st[m].ovar != local) continue;
			st[m].origin &= (uint8_t)~ORIG_STACK;
			st[m].ovar = -1;
		}
	}
}

/* Entering a side of a swap branch: the pointer copies that open the
 * block overwrite their destinations, so where those pointed before does not
 * matter. A destination that shares a class (an alias, whose overwriting
 * leaks nothing) leaves it here, before facets whose bit the edge makes
 * equal are joined: else use, an alias of `all` in one and of `active` in
 * the other (the sides taken in the previous iteration of a loop), would
 * make the two one class. A copy whose destination an earlier copy reads
 * (t = a; a = b;) keeps its class until its own turn. */
static void detach_overwritten(Own *o, VState *st, int to) {
	const Function *f = o->f;
	const Block *blk = &f->blocks[to];
	for (int i = 0; i < blk->nstmts; i++) {
		const Stmt *s = &blk->stmts[i];
		if (s->kind != ST_ASSIGN || s->dst < 0 || s->src.kind != OP_PLACE || s->src.place < 0) return;
		const Place *d = &f->places[s->dst], *q = &f->places[s->src.place];
		if (d->kind != PJ_BASE || !d->is_pointer || q->kind != PJ_BASE || !q->is_pointer) return;
		bool read_before = false;
		for (int k = 0; k <= i && !read_before; k++) read_before = f->places[blk->stmts[k].src.place].var == d->var;
		int x = o->track[s->dst];
		if (read_before || x < 0 || (st[x].alias == x && !st[x].shared)) continue;
		leave_class(o, st, x);
		set_fresh(&st[x], x, OS_UNINIT, false);
	}
}

static bool edge(void *ctx, int b, int succ, void *state) {
	Own *o = ctx;
	const Term *t = &o->f->blocks[b].term;
	if (t->kind != T_BRANCH) return true;
	int bit = cond_bit(o, b), entry = o->entry_bit ? o->entry_bit[t->succ[succ]] : -1;
	uint32_t m = bit >= 0 ? 1u << bit : 0, want = (succ == 0) != cond_negated(o, b) ? m : 0;
	uint32_t em = entry >= 0 && entry / 2 != bit ? 1u << (entry / 2) : 0, ewant = entry & 1 ? em : 0;
	int out = 0, n = *nfacets(state);
	/* v == 3 is none of v's other constants and makes v non-zero; v == 0 (if
	 * (v)'s other side) is none of them: a facet that knows otherwise does
	 * not take the edge. (Setting those bits instead would keep apart
	 * facets that no test tells apart: gnulib's vasnprintf overflowed.) */
	uint32_t no = 0, yes = 0;
	if (bit >= 0 && want) no = o->eq_siblings[bit], yes = o->eq_place[bit];
	else if (bit >= 0) no = o->place_eqs[bit];
	for (int i = 0; i < n; i++) {
		FacetHdr *h = facet_hdr(o, state, i);
		if ((m & ~o->swap_bits) && (h->known & m) && (h->value & m) != want) continue;   /* the other way only */
		if ((h->known & h->value & no) || (h->known & ~h->value & yes)) continue;
		if (!refine_pointer(o, facet_vs(o, state, i), t, succ)) continue;
		if (!refine_equal(o, facet_vs(o, state, i), t, succ)) continue;
		if (!refine_distinct(o, facet_vs(o, state, i), t, succ)) continue;
		refine_unequal(o, facet_vs(o, state, i), t, succ);
		if (em || (m & o->swap_bits)) detach_overwritten(o, facet_vs(o, state, i), t->succ[succ]);
		h->known |= m | em;
		h->value = (h->value & ~(m | em)) | want | ewant;
		if (o->cond_live) {   /* this branch's own bit, when nothing tests it again */
			h->known &= o->cond_live[t->succ[succ]];
			h->value &= h->known;
		}
		if (out != i) memcpy(facet_hdr(o, state, out), h, facet_size(o));
		out++;
	}
	*nfacets(state) = out;
	if (!out) return false;
	normalize(o, state);
	return true;
}

/* edge() refines nothing after a switch (its cases test no pointer), nor
 * after a branch on what is neither a condition bit, a followed pointer nor
 * a pointer comparison: there it only normalizes. (A branch no facet
 * reaches is edge()'s to refuse.) */
static bool plain_edges(void *ctx, int b, void *state) {
	Own *o = ctx;
	const Term *t = &o->f->blocks[b].term;
	if (t->kind != T_BRANCH) return true;
	if (!*nfacets(state) || cond_bit(o, b) >= 0 || tested_pointer(o, t) >= 0 || t->ptr_eq) return false;
	if (o->entry_bit && (o->entry_bit[t->succ[0]] >= 0 || o->entry_bit[t->succ[1]] >= 0)) return false;
	normalize(o, state);
	return true;
}

/* Pointer copies (p = q, both pointer variables) at the start of block b. */
static int pointer_copies(const Function *f, int b) {
	int n = 0;
	for (int i = 0; i < f->blocks[b].nstmts; i++) {
		const Stmt *s = &f->blocks[b].stmts[i];
		if (s->kind != ST_ASSIGN || s->dst < 0 || s->src.kind != OP_PLACE || s->src.place < 0) continue;
		const Place *d = &f->places[s->dst], *q = &f->places[s->src.place];
		n += d->kind == PJ_BASE && d->is_pointer && q->kind == PJ_BASE && q->is_pointer;
	}
	return n;
}

/* A branch under which two or more pointer variables take others' values
 * (if (!a->entry) { nokeep = a; keep = b; } else ...: Redis's quicklist),
 * or whose two sides each give one a pointer's value (use = c ? a : b;
 * tmux's format.c), gets a condition bit of its own, never tested again:
 * it only keeps the facets of its two sides apart, which joined would
 * forget which variable went where, so that releasing one released both. Bits the conditions
 * left over, in block order; in checks only (a summary with facets of its
 * own cost sqlite3.c twice the summaries' time, for no finding). */
static void index_swaps(Own *o) {
	const Function *f = o->f;
	o->swap_bits = 0;
	size_t n = (size_t)(f->nblocks ? f->nblocks : 1);
	o->branch_bit = arena_raw(&o->tmp, sizeof(int) * n);
	o->entry_bit = arena_raw(&o->tmp, sizeof(int) * n);
	for (int b = 0; b < f->nblocks; b++) o->branch_bit[b] = o->entry_bit[b] = -1;
	for (int b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		if (o->summary || t->kind != T_BRANCH || o->ncond == 32) continue;
		int c0 = pointer_copies(f, t->succ[0]), c1 = pointer_copies(f, t->succ[1]);
		if (c0 < 2 && c1 < 2 && !(c0 && c1)) continue;
		o->swap_bits |= 1u << o->ncond;
		o->branch_bit[b] = o->ncond;
		/* another branch into one side sets the same bit (if (a && c) use = a;
		 * else use = b;: the else side is reached from both tests) */
		if (o->entry_bit[t->succ[0]] < 0) o->entry_bit[t->succ[0]] = 2 * o->ncond + 1;
		if (o->entry_bit[t->succ[1]] < 0) o->entry_bit[t->succ[1]] = 2 * o->ncond;
		o->ncond++;
	}
}

/* Condition bits for the locals and parameters tested more than once (or
 * tested and set to constants) whose address is never taken: the ints, or
 * the pointers. A pointer the facets follow knows its own null-ness, but
 * not what other variables hold on each side of its test (if (u) ... goto
 * out; ... out: if (u) { fclose(u); free(copy); }); a pointer they do not
 * follow (a parameter: if (c) b = malloc(n); ... if (c) free(b);) is a
 * condition like an int (7.36). Pointer bits are weak_bits. In checks,
 * globals of the user's are condition places too, shared_bits: a global
 * tested again with only the system's functions called in between
 * (if (!output_stream || list) fp = fopen(...); ... if (!output_stream ||
 * list) fclose(fp);, wget's getftp) has not changed. */
static void cond_places(Own *o, const int *tests, const bool *addr, bool pointers) {
	const Function *f = o->f;
	for (int p = 0; p < f->nplaces && o->ncond < 32; p++) {
		const Place *pl = &f->places[p];
		const Var *v = &f->vars[pl->var];
		if (pl->kind != PJ_BASE || pl->is_pointer != pointers || addr[pl->var] || tests[p] < 3) continue;
		bool global = v->kind == VK_GLOBAL || v->kind == VK_STATIC;
		if (v->kind != VK_LOCAL && v->kind != VK_PARAM && !(global && !o->summary && !v->changes_unseen)) continue;
		if (global) o->shared_bits |= 1u << o->ncond;
		if (pointers) o->weak_bits |= 1u << o->ncond;
		o->cond_of[p] = o->ncond++;
	}
}

/* Key k's bit, while there is one left; the variables it reads forget it
 * when they change. */
static void give_key_bit(Own *o, int k) {
	if (o->ncond == 32) return;
	int bit = o->ncond++;
	o->cond_of_key[k - 1] = bit;
	const Function *f = o->f;
	for (int b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		if (t->kind != T_BRANCH || t->key != k) continue;
		for (int i = 0; i < t->nkey_vars; i++) o->var_keys[t->key_vars[i]] |= 1u << bit;
	}
}

/* The bits of one variable's `v == C` tests rule each other out; each
 * makes v's own bit true, whose false side rules them all out. */
static void relate_constants(Own *o, const int *eq_var) {
	memset(o->eq_siblings, 0, sizeof o->eq_siblings);
	memset(o->eq_place, 0, sizeof o->eq_place);
	memset(o->place_eqs, 0, sizeof o->place_eqs);
	for (int a = 1; a <= o->nkeys; a++) {
		int ka = o->cond_of_key[a - 1], v = eq_var[a];
		if (ka < 0 || v < 0) continue;
		for (int b = a + 1; b <= o->nkeys; b++)
			if (eq_var[b] == v && o->cond_of_key[b - 1] >= 0) {
				o->eq_siblings[ka] |= 1u << o->cond_of_key[b - 1];
				o->eq_siblings[o->cond_of_key[b - 1]] |= 1u << ka;
			}
		int vb = o->var_base[v] >= 0 ? o->cond_of[o->var_base[v]] : -1;
		if (vb < 0) continue;
		o->eq_place[ka] |= 1u << vb;
		o->place_eqs[vb] |= 1u << ka;
	}
}

/* Does s give v a value that decides its `v REL C` tests (assign_relations)?
 * Then v is in [*lo, *hi]: a constant, or an unsigned value narrower than v. */
static bool decides(const Function *f, const Stmt *s, long long *lo, long long *hi) {
	if (s->kind != ST_ASSIGN || s->compound || s->rmw || s->dst < 0 || f->places[s->dst].kind != PJ_BASE) return false;
	if (s->src.kind == OP_CONST) {
		*lo = *hi = s->src.value;
		return true;
	}
	if (s->src.kind != OP_PLACE || s->src.place < 0 || s->src.offset != OFF_NONE) return false;
	const Place *src = &f->places[s->src.place];
	*lo = 0, *hi = LLONG_MAX;
	return src->kind == PJ_BASE && f->vars[src->var].is_unsigned && src->int_rank && src->int_rank < f->places[s->dst].int_rank;
}

/* A `v REL C` tested once, where v is given a value that makes it true
 * and another that makes it false (int cnt = -1; ... if (cnt < 0) { cnt =
 * n; ... }), gets a bit that those assignments decide (assign_relations):
 * the test then tells apart what they did. In checks only, and not for the
 * tests made twice or more: deciding those too kept apart facets of
 * sqlite3.c's state variables for 20 million instructions more and no
 * finding. */
static void relation_bits(Own *o, const int *key_tests) {
	const Function *f = o->f;
	o->rel_bits = 0;
	if (o->summary) return;
	for (int b = 0; b < f->nblocks && o->ncond < 32; b++) {
		const Term *t = &f->blocks[b].term;
		if (t->kind != T_BRANCH || !t->key_rel || t->key <= 0 || t->key > o->nkeys || t->nkey_vars != 1) continue;
		if (key_tests[t->key] != 1) continue;
		int v = t->key_vars[0];
		bool yes = false, no = false;
		for (int c = 0; c < f->nblocks && !(yes && no); c++)
			for (int i = 0; i < f->blocks[c].nstmts; i++) {
				const Stmt *s = &f->blocks[c].stmts[i];
				long long lo, hi;
				if (!decides(f, s, &lo, &hi) || f->places[s->dst].var != v) continue;
				int h = rel_holds(t->key_rel, t->key_const, lo, hi);
				yes |= h == 1, no |= h == 0;
			}
		if (!yes || !no) continue;
		if (o->cond_of_key[t->key - 1] < 0) give_key_bit(o, t->key);   /* else v == C's own, tested once too */
		int bit = o->cond_of_key[t->key - 1];
		if (bit < 0) break;
		o->rel_bits |= 1u << bit;
		o->rel_var[bit] = v;
		o->rel_kind[bit] = t->key_rel;
		o->rel_const[bit] = t->key_const;
	}
}

/* Condition bits: cond_places, then the pure expressions tested more than
 * once, then (in checks only: a summary is about the parameters, and pays
 * for every function) the pointers, when fewer than POINTER_CONDS_BELOW
 * bits are taken. */
enum { POINTER_CONDS_BELOW = 6 };
/* A signed count that starts at a constant >= 0 and is only ever stepped
 * up is never negative (overflowing it is undefined): once stepped, it is
 * non-zero, as an unsigned one (git's transport.c: heads grown right before
 * heads[nr_heads++] = rm; if (!nr_heads) heads = malloc(...)). */
static bool *find_never_negative(Own *o, const bool *addr) {
	const Function *f = o->f;
	bool *ok = arena_alloc(&o->tmp, sizeof(bool) * (size_t)(f->nvars ? f->nvars : 1));
	for (int v = 0; v < f->nvars; v++) ok[v] = f->vars[v].kind == VK_LOCAL && !addr[v];
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if ((s->kind != ST_ASSIGN && s->kind != ST_CALL) || s->dst < 0) continue;
			int v = f->places[s->dst].var;
			if (!ok[v]) continue;
			bool step_up = s->kind == ST_ASSIGN && s->rmw && s->src.kind == OP_NONE && s->src.value > 0;
			bool constant = s->kind == ST_ASSIGN && !s->compound && s->src.kind == OP_CONST && s->src.value >= 0;
			if (f->places[s->dst].kind != PJ_BASE || !(step_up || constant)) ok[v] = false;
		}
	return ok;
}

static void index_conditions(Own *o) {
	const Function *f = o->f;
	o->cond_of = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nplaces ? f->nplaces : 1));
	int *tests = xcalloc((size_t)(f->nplaces ? f->nplaces : 1), sizeof(int));
	bool *addr = xcalloc((size_t)(f->nvars ? f->nvars : 1), sizeof(bool));
	bool *escaped = xcalloc((size_t)(f->nvars ? f->nvars : 1), sizeof(bool));
	o->shared_bits = o->memory_bits = 0;
	for (int b = 0; b < f->nblocks; b++) {
		const Block *blk = &f->blocks[b];
		for (int i = 0; i < blk->nstmts; i++) {
			const Stmt *s = &blk->stmts[i];
			if (s->src.kind == OP_ADDR) addr[f->places[s->src.place].var] = true;
			if (s->kind == ST_ASSIGN && s->src.kind == OP_CONST) tests[s->dst]++;
			/* p = xmalloc(n), through the call's temporary, decides p's test as a
			 * constant would (step_conds) */
			if (i > 0 && s->kind == ST_ASSIGN && s->src.kind == OP_PLACE && blk->stmts[i - 1].kind == ST_CALL &&
			    blk->stmts[i - 1].dst == s->src.place && blk->stmts[i - 1].call->summary &&
			    blk->stmts[i - 1].call->summary->never_null)
				tests[s->dst]++;
			/* c = *s: a test of either is one of both (truth_copied; checks only, as memory_places) */
			if (!o->summary && s->kind == ST_ASSIGN && s->src.kind == OP_PLACE && s->src.offset == OFF_NONE &&
			    s->src.place >= 0 && f->places[s->src.place].kind != PJ_BASE && f->places[s->dst].kind == PJ_BASE)
				tests[s->src.place]++, tests[s->dst]++;
			if (s->kind == ST_CALL)
				for (int k = 0; k < s->call->nargs; k++)
					if (s->call->args[k].kind == OP_ADDR && !system_addr_arg(f, s->call, k)) {
						if (!o->summary && user_addr_arg(f, s->call, k)) escaped[f->places[s->call->args[k].place].var] = true;
						else addr[f->places[s->call->args[k].place].var] = true;
					}
		}
		if (blk->term.kind == T_BRANCH && blk->term.cond.kind == OP_PLACE && blk->term.cond.offset == OFF_NONE)
			tests[blk->term.cond.place] += 2;
	}
	/* pure conditions tested more than once, reading no address-taken local */
	o->nkeys = 0;
	for (int b = 0; b < f->nblocks; b++)
		if (f->blocks[b].term.kind == T_BRANCH && f->blocks[b].term.key > o->nkeys) o->nkeys = f->blocks[b].term.key;
	int *key_tests = xcalloc((size_t)o->nkeys + 1, sizeof(int)), *eq_var = xmalloc(sizeof(int) * ((size_t)o->nkeys + 1));
	int *var_eq_tests = xcalloc((size_t)(f->nvars ? f->nvars : 1), sizeof(int));
	for (int k = 0; k <= o->nkeys; k++) eq_var[k] = -1;
	for (int b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		if (t->kind != T_BRANCH || t->key <= 0) continue;
		bool ok = true;
		for (int i = 0; i < t->nkey_vars; i++) ok &= !addr[t->key_vars[i]];
		if (!ok) continue;
		key_tests[t->key]++;
		if (!(t->key_flags & KEY_EQ)) continue;
		int v = t->key_vars[0];
		eq_var[t->key] = v, var_eq_tests[v]++;
		if (o->var_base[v] >= 0) tests[o->var_base[v]]++;   /* with one test of v itself, v gets a bit */
	}
	o->ncond = 0;
	for (int p = 0; p < f->nplaces; p++) o->cond_of[p] = -1;
	cond_places(o, tests, addr, false);
	o->cond_of_key = arena_raw(&o->tmp, sizeof(int) * (size_t)(o->nkeys + 1));
	o->var_keys = arena_alloc(&o->tmp, sizeof(uint32_t) * ((size_t)(f->nvars ? f->nvars : 1)));
	o->never_negative = o->summary ? NULL : find_never_negative(o, addr);
	for (int k = 1; k <= o->nkeys; k++) {
		o->cond_of_key[k - 1] = -1;
		if (key_tests[k] >= 2) give_key_bit(o, k);
	}
	/* last, and only beside a few others: the facets they keep apart cost
	 * most in the big functions that test many things (sqlite3Pragma's
	 * steps grew sevenfold), where the state fills up anyway */
	if (!o->summary && o->ncond < POINTER_CONDS_BELOW) cond_places(o, tests, addr, true);
	/* a test of v against a constant tested once, and one against another
	 * constant or of v itself: a bit each, which the other's side may rule
	 * out; after the pointers', whose budget they would otherwise take */
	for (int k = 1; k <= o->nkeys; k++) {
		int v = eq_var[k];
		if (v >= 0 && key_tests[k] < 2 && (var_eq_tests[v] > key_tests[k] || (o->var_base[v] >= 0 && o->cond_of[o->var_base[v]] >= 0)))
			give_key_bit(o, k);
	}
	relation_bits(o, key_tests);
	relate_constants(o, eq_var);
	for (int v = 0; v < f->nvars; v++) {
		if (!escaped[v] || addr[v]) continue;
		int base = o->var_base[v];
		if (base >= 0 && o->cond_of[base] >= 0) o->shared_bits |= 1u << o->cond_of[base];
		o->shared_bits |= o->var_keys[v];
	}
	if (!o->summary && o->ncond < POINTER_CONDS_BELOW) memory_places(o, tests);   /* like the pointers: beside a few others */
	free(escaped);
	free(eq_var);
	free(var_eq_tests);
	free(key_tests);
	free(tests);
	free(addr);
	index_swaps(o);
	if (o->facet_width == -2) o->facet_width = full_width(o);
	int width = o->facet_width >= 0 ? o->facet_width : o->ntracked;
	size_t fs = sizeof(FacetHdr) + sizeof(VState) * (size_t)(width ? width : 1);
	o->max_facets = o->ncond ? (int)(32768 / fs) : 1;
	if (o->max_facets > MAX_FACETS) o->max_facets = MAX_FACETS;
	if (o->max_facets < 1) o->max_facets = 1;
}

/* The conditions facets with the same states may differ in and still merge
 * (merge_equal_facets). A summary reads no valuation. A check reads one only
 * to tell whether a local's address, stored where it outlives the local, is
 * still there at a return, and then only the conditions nothing assigns
 * (return_before_reset). --explain-states shows the valuations: none. */
static uint32_t facet_merge_bits(const Own *o) {
	if (o->summary || (o->out && !o->stack_address_taken)) return ~0u;
	return o->out ? ~stable_conds(o) | o->swap_bits : 0;
}

/* Summary: at a return, is each parameter's original value released (or
 * NULL: then it owed nothing)? */
static void note_exit(Own *o, void *state) {
	for (int k = 0; k < *nfacets(state); k++) {
		VState *st = facet_vs(o, state, k);
		o->returns = true;
		for (int g = o->nreal; g < o->ntracked; g++) {
			uint64_t bit = 1ull << o->ghost_param[g];
			uint8_t m = st[g].mask;
			if (m & OS_RELEASED) o->released |= bit;
			if (m & ~(OS_RELEASED | OS_NULL)) o->kept |= bit;
			if (m & OS_NULL) o->null_returns |= bit;
		}
	}
}

static void count_preds(Own *o) {
	const Function *f = o->f;
	o->npred = arena_alloc(&o->tmp, sizeof(int) * ((size_t)(f->nblocks ? f->nblocks : 1)));
	o->pred = arena_alloc(&o->tmp, sizeof(int) * ((size_t)(f->nblocks ? f->nblocks : 1)));
	int succ[256];
	for (int b = 0; b < f->nblocks; b++) {
		int n = df_successors(&f->blocks[b], succ, 256);
		for (int i = 0; i < n; i++) {
			if (i && succ[i] == succ[i - 1]) continue;
			o->npred[succ[i]]++;
			o->pred[succ[i]] = b;
		}
		if (df_nsuccessors(&f->blocks[b]) > 256)   /* a huge switch: its targets are not single-entry */
			for (int i = 256; i < df_nsuccessors(&f->blocks[b]); i++) o->npred[f->blocks[b].term.targets[i]] += 2;
	}
}

/* A check that follows nothing can report only a release of what is not
 * on the heap (free(&x), free("s"), free(f): release_non_heap) and a local's
 * address returned or stored where it outlives the local (escape_local);
 * every other finding is about a followed pointer. A function without such
 * a statement has nothing to report, and is not solved at all: 3,279 of
 * sqlite3.c's 3,602 functions. A function skipped so is never "too
 * complex" either: there is nothing it could say. */
static bool nothing_to_check(const Own *o) {
	const Function *f = o->f;
	if (!o->out || o->ntracked) return false;   /* summaries and --explain-states have no out */
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if ((s->kind == ST_RET || s->kind == ST_ASSIGN) && s->src.kind == OP_ADDR &&
			    (s->src.place < 0 || stack_address(f, s->src.place)))
				return false;   /* a global's address dangles nowhere */
			for (int k = 0; s->kind == ST_CALL && k < s->call->nargs; k++) {
				OperandKind ak = s->call->args[k].kind;
				if ((ak == OP_ADDR || ak == OP_STRING || ak == OP_FUNC) && releases_arg(o->u, s->call, k)) return false;
			}
		}
	return true;
}

/* The condition bits statement s changes (step_conds): its destination's,
 * and those of the pure conditions reading the variable it assigns or ends. */
static uint32_t conds_changed(const Own *o, const Stmt *s) {
	if (s->kind == ST_CALL) return cond_writes(o, s->call) | shared_writes(o, s);
	int bit, var = cond_target(o, s, &bit);
	if (counts_up(o, s)) bit = -1;   /* n++ carries what is known of n != 0 (step_conds) */
	uint32_t keys = var >= 0 ? o->var_keys[var] & ~stepped_relations(o, s, var) : 0;   /* and of n < C */
	return (bit >= 0 ? 1u << bit : 0) | keys | shared_writes(o, s);
}

/* Condition liveness, backwards: a bit is live where some path ahead
 * branches on it before anything changes it. After its last test a
 * condition keeps apart facets no branch will ever tell apart again: they
 * are forgotten there (transfer and edge), so those facets merge, and a
 * function that tests many flags, each in its own part, holds the
 * valuations of one part at a time instead of their product, which
 * overflowed the sixteen facets (curl's getparameter) and lost the
 * correlations that were still to be used. The swap bits are never
 * tested: they are kept everywhere. --explain-states shows every bit. */
static void index_cond_liveness(Own *o) {
	const Function *f = o->f;
	o->cond_live = o->cond_kept = o->cond_use = NULL;
	o->cond_dist = NULL;
	if (!o->ncond || (!o->summary && !o->out) || !f->nblocks) return;
	int n = f->nblocks;
	uint32_t *kill = arena_raw(&o->tmp, sizeof(uint32_t) * (size_t)n), *use = arena_raw(&o->tmp, sizeof(uint32_t) * (size_t)n);
	uint32_t *early = arena_raw(&o->tmp, sizeof(uint32_t) * (size_t)n);   /* read by a copy before any kill */
	o->cond_live = arena_raw(&o->tmp, sizeof(uint32_t) * (size_t)n);
	o->cond_kept = arena_raw(&o->tmp, sizeof(uint32_t) * (size_t)n);
	o->cond_use = arena_raw(&o->tmp, sizeof(uint32_t) * (size_t)n);
	for (int b = 0; b < n; b++) {
		const Block *blk = &f->blocks[b];
		kill[b] = early[b] = 0;
		for (int i = 0; i < blk->nstmts; i++) {
			const Stmt *s = &blk->stmts[i];
			int to = s->kind == ST_ASSIGN ? o->cond_of[s->dst] : -1;   /* c = *s reads *s's bit (truth_copied) */
			if (to >= 0 && truth_copied(o, s, to)) early[b] |= (1u << o->cond_of[s->src.place]) & ~kill[b];
			kill[b] |= conds_changed(o, s);
		}
		int bit = blk->term.kind == T_BRANCH ? cond_bit(o, b) : -1;   /* and what its edges read */
		use[b] = bit >= 0 ? 1u << bit | o->eq_siblings[bit] | o->eq_place[bit] | o->place_eqs[bit] : 0;
		o->cond_live[b] = o->cond_use[b] = (use[b] & ~kill[b]) | early[b];
	}
	for (bool changed = true; changed;) {   /* reverse block order: most edges go forward */
		changed = false;
		for (int b = n - 1; b >= 0; b--) {
			uint32_t out = 0;
			for (int k = 0, ns = df_nsuccessors(&f->blocks[b]); k < ns; k++) out |= o->cond_live[df_successor(&f->blocks[b], k)];
			o->cond_kept[b] = out | use[b] | o->swap_bits;
			uint32_t in = ((out | use[b]) & ~kill[b]) | early[b] | o->swap_bits;
			if (in != o->cond_live[b]) o->cond_live[b] = in, changed = true;
		}
	}
	o->cond_kill = kill;
}

/* Every block's predecessors, from the tmp arena: those of b are
 * pred[(*start)[b]] up to pred[(*start)[b + 1]]. */
static int *predecessors(Own *o, int **start_out) {
	const Function *f = o->f;
	int n = f->nblocks;
	int *start = arena_alloc(&o->tmp, sizeof(int) * (size_t)(n + 2));
	for (int b = 0; b < n; b++)
		for (int k = 0, ns = df_nsuccessors(&f->blocks[b]); k < ns; k++) start[df_successor(&f->blocks[b], k) + 2]++;
	for (int b = 0; b < n; b++) start[b + 2] += start[b + 1];
	int *pred = arena_raw(&o->tmp, sizeof(int) * (size_t)(start[n + 1] + 1));
	for (int b = 0; b < n; b++)
		for (int k = 0, ns = df_nsuccessors(&f->blocks[b]); k < ns; k++) pred[start[df_successor(&f->blocks[b], k) + 1]++] = b;
	*start_out = start;
	return pred;
}

/* For make_room: from each block's entry, the fewest blocks to a test of
 * each condition with no change on the way. A breadth-first search per
 * condition, backwards from the blocks that test it, stopped by those that
 * change it: linear in the blocks and edges, per condition. */
static void index_cond_distance(Own *o) {
	int n = o->f->nblocks, nc = o->ncond, *start, *pred = predecessors(o, &start);
	int *queue = arena_raw(&o->tmp, sizeof(int) * (size_t)n);
	uint16_t *d = arena_raw(&o->tmp, sizeof(uint16_t) * (size_t)n * (size_t)nc);
	memset(d, 0xff, sizeof(uint16_t) * (size_t)n * (size_t)nc);
	for (int bit = 0; bit < nc; bit++) {
		int head = 0, tail = 0;
		for (int b = 0; b < n; b++)
			if (o->cond_use[b] & (1u << bit)) d[(size_t)b * nc + bit] = 0, queue[tail++] = b;
		while (head < tail) {
			int s = queue[head++];
			unsigned next = d[(size_t)s * nc + bit] + 1u;
			for (int i = start[s]; i < start[s + 1]; i++) {
				int p = pred[i];
				if ((o->cond_kill[p] & (1u << bit)) || d[(size_t)p * nc + bit] != 0xffff || next >= 0xffff) continue;
				d[(size_t)p * nc + bit] = (uint16_t)next;
				queue[tail++] = p;
			}
		}
	}
	o->cond_dist = d;
}

/* The blocks every path from which ends in a call that does not return
 * (exit, abort): an owner whose block scope ends on the way there owes
 * nothing, as one of the function's scope owes nothing on such a path
 * (arpd's main: { FILE *fp = ...; if (...) goto do_abort; } ... do_abort:
 * exit(-1);). A loop that never ends is not one of them. Backwards from
 * those calls, a block joining once all its successors have. */
/* ---- moves: a copy from a local that is not read again ----
 *
 * `a = t;` where t, a local, is not read again before it is written or its
 * scope ends is a move, as in Rust: a holds the value alone and t holds
 * nothing. Kept an alias, t would tie a's class to what t holds on other
 * paths at the next join: with libarchive's t = realloc(a, n); a = t; in
 * one arm of a loop and t = realloc(b, n); b = t; in the other, a and b
 * became one class and releasing one released both. Checks only: a
 * summary follows each parameter's value through its copies. */

/* The tracked local `a = t;` copies, when it may move it: plain (no offset,
 * no +=), whole, into a followed place, its address never taken. */
static int move_source(const Own *o, const Stmt *s) {
	const Function *f = o->f;
	if (s->kind != ST_ASSIGN || s->compound || s->src.kind != OP_PLACE || s->src.offset != OFF_NONE ||
	    s->src.place < 0 || s->dst < 0)
		return -1;
	const Place *sp = &f->places[s->src.place];
	int t = o->track[s->src.place], d = o->track[s->dst];
	if (sp->kind != PJ_BASE || f->vars[sp->var].kind != VK_LOCAL || o->addr_taken[sp->var] || t < 0 ||
	    is_ghost(o, t) || d < 0 || f->places[s->dst].var == sp->var)
		return -1;
	return t;
}

typedef struct LiveSets { const int *bit; uint64_t *reads, *writes; } LiveSets;

static void live_read(const Own *o, LiveSets *ls, int place) {
	if (place < 0) return;
	int b = ls->bit[o->f->places[place].var];
	if (b >= 0) ls->reads[b / 64] |= 1ull << (b % 64);
}

static void live_operand(const Own *o, LiveSets *ls, const Operand *op) {
	if (op->kind == OP_PLACE || op->kind == OP_ADDR) live_read(o, ls, op->place);
}

/* What statement s reads and writes of the candidates' variables: any place
 * of the variable read (t, *t, t->f) reads it; only the whole variable
 * assigned, or its scope's end, writes it. */
static void live_stmt(const Own *o, LiveSets *ls, const Stmt *s) {
	const Function *f = o->f;
	live_operand(o, ls, &s->src);
	if (s->kind == ST_USE) live_read(o, ls, s->access);
	if (s->kind == ST_CALL) {
		for (int k = 0; k < s->call->nargs; k++) live_operand(o, ls, &s->call->args[k]);
		live_operand(o, ls, &s->call->fn);
	}
	int var = s->kind == ST_DEAD ? s->var : s->dst >= 0 ? f->places[s->dst].var : -1;
	int b = var >= 0 ? ls->bit[var] : -1;
	if (b < 0) return;
	bool whole = s->kind == ST_DEAD || (f->places[s->dst].kind == PJ_BASE && !s->compound && !s->rmw &&
	                                    (s->kind == ST_ASSIGN || s->kind == ST_CALL));
	if (whole) ls->writes[b / 64] |= 1ull << (b % 64);
	else ls->reads[b / 64] |= 1ull << (b % 64);
}

static void live_term(const Own *o, LiveSets *ls, const Term *t) {
	if (t->kind == T_BRANCH || t->kind == T_SWITCH) live_operand(o, ls, &t->cond);
	if (t->kind == T_BRANCH && t->ptr_eq && t->cmp) {
		live_operand(o, ls, &t->cmp[0]);
		live_operand(o, ls, &t->cmp[1]);
	}
	for (int k = 0; t->kind == T_BRANCH && k < t->nkey_vars; k++) {
		int b = ls->bit[t->key_vars[k]];
		if (b >= 0) ls->reads[b / 64] |= 1ull << (b % 64);
	}
}

static void index_moves(Own *o) {
	const Function *f = o->f;
	o->move_of = NULL;
	if (o->summary) return;
	int *bit = arena_raw(&o->tmp, sizeof(int) * (size_t)(f->nvars + 1)), nbits = 0;
	for (int v = 0; v < f->nvars; v++) bit[v] = -1;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];   /* the variable the statement names: a tracked */
			int v = move_source(o, s) >= 0 ? f->places[s->src.place].var : -1;   /* slot may serve several */
			if (v >= 0 && bit[v] < 0) bit[v] = nbits++;
		}
	if (!nbits) return;
	size_t w = ((size_t)nbits + 63) / 64, nb = (size_t)f->nblocks;
	if (nb * w > (1u << 22)) return;   /* bounded: without moves, copies stay aliases */
	uint64_t *use = arena_alloc(&o->tmp, sizeof(uint64_t) * nb * w), *def = arena_alloc(&o->tmp, sizeof(uint64_t) * nb * w);
	uint64_t *in = arena_alloc(&o->tmp, sizeof(uint64_t) * nb * w), *live = arena_raw(&o->tmp, sizeof(uint64_t) * w);
	uint64_t *rd = arena_raw(&o->tmp, sizeof(uint64_t) * w), *wr = arena_raw(&o->tmp, sizeof(uint64_t) * w);
	LiveSets ls = {bit, rd, wr};
	for (size_t b = 0; b < nb; b++) {   /* read before written in the block; written in it */
		const Block *blk = &f->blocks[b];
		for (int i = 0; i <= blk->nstmts; i++) {
			memset(rd, 0, sizeof(uint64_t) * w);
			memset(wr, 0, sizeof(uint64_t) * w);
			if (i < blk->nstmts) live_stmt(o, &ls, &blk->stmts[i]);
			else live_term(o, &ls, &blk->term);
			for (size_t k = 0; k < w; k++) {
				use[b * w + k] |= rd[k] & ~def[b * w + k];
				def[b * w + k] |= wr[k];
			}
		}
	}
	for (bool changed = true; changed;) {   /* live at entry: backwards to a fixpoint */
		changed = false;
		for (size_t b = nb; b-- > 0;) {
			memset(live, 0, sizeof(uint64_t) * w);
			for (int k = 0; k < df_nsuccessors(&f->blocks[b]); k++) {
				const uint64_t *si = &in[(size_t)df_successor(&f->blocks[b], k) * w];
				for (size_t j = 0; j < w; j++) live[j] |= si[j];
			}
			for (size_t j = 0; j < w; j++) {
				uint64_t v = use[b * w + j] | (live[j] & ~def[b * w + j]);
				if (v != in[b * w + j]) in[b * w + j] = v, changed = true;
			}
		}
	}
	o->move_of = arena_raw(&o->tmp, sizeof(int) * (size_t)(o->stmt_base[nb] + 1));
	for (size_t b = 0; b < nb; b++) {   /* each statement, from the block's end back */
		const Block *blk = &f->blocks[b];
		memset(live, 0, sizeof(uint64_t) * w);
		for (int k = 0; k < df_nsuccessors(blk); k++) {
			const uint64_t *si = &in[(size_t)df_successor(blk, k) * w];
			for (size_t j = 0; j < w; j++) live[j] |= si[j];
		}
		memset(rd, 0, sizeof(uint64_t) * w);
		live_term(o, &ls, &blk->term);
		for (size_t j = 0; j < w; j++) live[j] |= rd[j];
		for (int i = blk->nstmts - 1; i >= 0; i--) {
			const Stmt *s = &blk->stmts[i];
			int t = move_source(o, s), g = o->stmt_base[b] + i;
			int tb = t >= 0 ? bit[f->places[s->src.place].var] : -1;
			o->move_of[g] = tb >= 0 && !((live[tb / 64] >> (tb % 64)) & 1) ? t : -1;
			memset(rd, 0, sizeof(uint64_t) * w);
			memset(wr, 0, sizeof(uint64_t) * w);
			live_stmt(o, &ls, s);
			for (size_t j = 0; j < w; j++) live[j] = rd[j] | (live[j] & ~wr[j]);
		}
	}
}

static void index_doomed(Own *o) {
	const Function *f = o->f;
	int n = f->nblocks, any = 0;
	o->doomed = NULL;
	for (int b = 0; o->out && b < n && !any; b++) any = f->blocks[b].term.kind == T_UNREACHABLE;
	if (!any) return;
	int *start, *pred = predecessors(o, &start), *left = arena_raw(&o->tmp, sizeof(int) * (size_t)n);
	int *queue = arena_raw(&o->tmp, sizeof(int) * (size_t)n);
	for (int b = 0; b < n; b++) left[b] = df_nsuccessors(&f->blocks[b]);
	bool *doomed = arena_alloc(&o->tmp, sizeof(bool) * (size_t)n);
	int head = 0, tail = 0;
	for (int b = 0; b < n; b++)
		if (f->blocks[b].term.kind == T_UNREACHABLE) doomed[b] = true, queue[tail++] = b;
	while (head < tail) {
		int s = queue[head++];
		for (int i = start[s]; i < start[s + 1]; i++) {
			int p = pred[i];
			TermKind k = f->blocks[p].term.kind;
			if (doomed[p] || (k != T_GOTO && k != T_BRANCH && k != T_SWITCH) || --left[p]) continue;
			doomed[p] = true;
			queue[tail++] = p;
		}
	}
	o->doomed = doomed;
}

/* Solves f, reporting when o->out is set. */
static bool solve(Own *o) {
	o->walked_back = NULL;   /* asked for lazily, from this run's tmp arena */
	o->released_param = NULL;
	index_conditions(o);
	index_cond_liveness(o);
	index_moves(o);
	index_doomed(o);
	o->merge_bits = facet_merge_bits(o);
	count_preds(o);
	o->scratch_parent = arena_raw(&o->tmp, sizeof(int) * (size_t)(o->ntracked ? o->ntracked : 1));
	o->scratch_cursor = arena_raw(&o->tmp, sizeof(bool) * (size_t)(o->ntracked ? o->ntracked : 1));
	o->scratch_alone = arena_raw(&o->tmp, (size_t)(o->ntracked ? o->ntracked : 1));
	o->scratch_facet = arena_raw(&o->tmp, facet_size(o));
	o->scratch_shed = arena_raw(&o->tmp, facet_size(o));
	Dataflow d = {o->f, state_size(o), o, entry_state, transfer, edge, join_states, used_size, o->u->budget, join_size, plain_edges};
	DfResult r;
	df_forward(&d, &r);   /* reports, and notes exits, as it goes (dataflow.h) */
	bool done = !r.gave_up;
	if (o->points) {   /* --explain-states: every state, once, at the fixpoint */
		o->replaying = true;
		void *st = xmalloc(state_size(o));
		for (int b = 0; done && b < o->f->nblocks; b++) {
			if (!r.reached[b]) continue;
			memcpy(st, r.in[b], used_size(o, r.in[b]));
			transfer(o, b, st);
		}
		free(st);
	}
	df_free(&r);
	return done;
}

/* Whether a return is reachable from the entry past no call that never
 * returns: all a summary that follows nothing learns from solving
 * (returns). Reachability without the condition bits, which a run that
 * follows nothing uses only to leave out paths no test allows. */
static bool reaches_return(const Function *f, const Unit *u) {
	int n = f->nblocks, sp = 0;
	int *stack = xmalloc(sizeof(int) * (size_t)n);
	char *seen = xcalloc((size_t)n, 1);
	bool found = false;
	stack[sp++] = 0;
	seen[0] = 1;
	while (sp && !found) {
		const Block *blk = &f->blocks[stack[--sp]];
		bool stops = false;
		for (int i = 0; i < blk->nstmts && !stops; i++) {
			const Stmt *s = &blk->stmts[i];
			const Summary *sum = s->kind == ST_CALL ? summary_of(u, s->call) : NULL;
			stops = sum && sum->noreturn;
		}
		if (stops) continue;
		if (blk->term.kind == T_RETURN) found = true;
		for (int k = 0; k < df_nsuccessors(blk); k++) {
			int t = df_successor(blk, k);
			if (!seen[t]) { seen[t] = 1; stack[sp++] = t; }
		}
	}
	free(stack);
	free(seen);
	return found;
}

static bool run(Own *o) {
	arena_init(&o->tmp);
	vec_init(&o->reported, sizeof(long long));
	vec_init(&o->families, sizeof(Family));
	index_places(o);
	bool done;
	if (o->summary && !o->ntracked && !o->all_params && o->f->nblocks) {
		o->returns = reaches_return(o->f, o->u);
		done = true;
	} else {
		done = nothing_to_check(o) || solve(o);
	}
	arena_free(&o->tmp);   /* what index_places, index_conditions and solve laid out */
	vec_free(&o->reported);
	vec_free(&o->families);
	return done;
}

bool ownership_analyze(Unit *u, const Function *f, Vec *out) {
	if (f->skipped || !f->nblocks) return true;
	Own o = {0};
	o.u = u;
	o.arena = &u->arena;
	o.f = f;
	o.out = out;
	bool done = run(&o);
	free(o.ghost_param);
	return done;
}

bool ownership_explain(Unit *u, const Function *f, Vec *out) {
	if (f->skipped || !f->nblocks) return true;
	Own o = {0};
	o.u = u;
	o.arena = &u->arena;
	o.f = f;
	o.points = out;
	int before = out->len;
	bool done = run(&o);
	if (!done) out->len = before;
	free(o.ghost_param);
	return done;
}

/* The bit of the parameter place p is rooted in, or 0. */
static uint64_t param_bit(const Function *f, int p) {
	int v = p >= 0 ? f->places[p].var : -1;
	return v >= 0 && v < f->nparams && v < 64 ? 1ull << v : 0;
}

static uint64_t operand_param(const Function *f, const Operand *op) {
	return op->kind == OP_PLACE || op->kind == OP_ADDR ? param_bit(f, op->place) : 0;
}

/* The parameter whose pointee place p is (*out), or -1. */
static int pointee_of_param(const Function *f, int p) {
	if (p < 0 || f->places[p].kind != PJ_DEREF) return -1;
	int q = f->places[p].parent;
	return f->places[q].kind == PJ_BASE ? (int)(param_bit(f, q) ? f->places[q].var : -1) : -1;
}

/* The parameter whose own value the operand is (out itself, not *out), or -1. */
static int param_value(const Function *f, const Operand *op) {
	if (op->kind != OP_PLACE || op->place < 0 || f->places[op->place].kind != PJ_BASE) return -1;
	return param_bit(f, op->place) ? f->places[op->place].var : -1;
}


/* The parameters statement s stores through first (*wrote: *out = ..., or
 * out handed to a callee that does) and those it touches otherwise (the
 * result). Testing out itself, and the `write * out` check that comes with
 * a store, touch nothing of *out. */
static uint64_t touches(const Function *f, const Stmt *s, uint64_t *wrote) {
	uint64_t read = 0, w = 0;
	if (s->kind == ST_USE && s->use == USE_WRITE && param_value(f, &s->src) >= 0) {
		*wrote = 0;
		return 0;
	}
	read |= operand_param(f, &s->src);
	if (s->kind == ST_CALL) {
		for (int k = 0; k < s->call->nargs; k++) {
			int v = param_value(f, &s->call->args[k]);
			if (v >= 0 && call_stores_out_first(s->call, k)) w |= 1ull << v;
			else if (v >= 0 && call_never_reads_out_first(s->call, k)) continue;   /* neither: out is still pending */
			else read |= operand_param(f, &s->call->args[k]);
		}
		read |= operand_param(f, &s->call->fn);
	}
	if ((s->kind == ST_ASSIGN || s->kind == ST_CALL) && s->dst >= 0) {
		int v = pointee_of_param(f, s->dst);
		if (v >= 0) w |= 1ull << v;
		else read |= param_bit(f, s->dst);
	}
	*wrote = w & ~read;   /* *out = g(*out) reads it first */
	return read;
}

/* Summary.writes_first: the pointer parameters whose pointee every path
 * stores to before it touches it otherwise or returns (a path that ends in
 * abort does not count); *unread, Summary.never_read_first: those no path
 * reads before storing, returning without storing allowed. A forward pass
 * over the blocks, each visited when what reaches it grows: `pending` holds
 * the parameters some path reaches a block without having touched; `read`
 * gathers those some path touches first by reading (and ends the pass once
 * it holds them all, as in most functions at their first statements),
 * `unwritten` those some path returns without storing. */
static uint64_t writes_first(const Function *f, uint64_t *unread) {
	uint64_t params = 0, read = 0, unwritten = 0;   /* read first on some path; returned unwritten */
	for (int i = 0; i < f->nparams && i < 64; i++)
		if (f->vars[i].is_pointer) params |= 1ull << i;
	*unread = 0;
	if (!params || !f->nblocks) return 0;
	uint64_t *pending = xcalloc((size_t)f->nblocks, sizeof(uint64_t));
	int *work = xmalloc(sizeof(int) * (size_t)f->nblocks);
	bool *queued = xcalloc((size_t)f->nblocks, sizeof(bool));
	int nwork = 0;
	pending[0] = params;
	work[nwork++] = 0;
	queued[0] = true;
	while (nwork && read != params) {
		int b = work[--nwork];
		queued[b] = false;
		uint64_t pend = pending[b];
		const Block *blk = &f->blocks[b];
		for (int i = 0; i < blk->nstmts && pend; i++) {
			uint64_t w, r = touches(f, &blk->stmts[i], &w);
			read |= pend & r;
			pend &= ~(r | w);
		}
		const Term *t = &blk->term;
		int tested = t->kind == T_BRANCH ? param_value(f, &t->cond) : -1;
		if (t->kind == T_BRANCH && tested < 0) {
			read |= pend & operand_param(f, &t->cond);
			pend &= ~operand_param(f, &t->cond);
		}
		if (t->kind == T_RETURN) unwritten |= pend;
		pend &= ~read;
		for (int k = 0; k < df_nsuccessors(blk); k++) {
			int to = df_successor(blk, k);
			/* if (out != NULL) *out = ...: the side where out is NULL is no
			 * caller's that hands &p, which this summary is for */
			uint64_t p = tested >= 0 && k == 1 ? pend & ~(1ull << tested) : pend;
			if ((pending[to] | p) == pending[to]) continue;
			pending[to] |= p;
			if (!queued[to]) {
				queued[to] = true;
				work[nwork++] = to;
			}
		}
	}
	free(pending);
	free(work);
	free(queued);
	*unread = params & ~read;
	return params & ~(read | unwritten);
}

static bool global_var(const Function *f, int place) {
	VarKind k = f->vars[f->places[place].var].kind;
	return k == VK_GLOBAL || k == VK_STATIC;
}

/* Summary.keeps_shared: nothing in f would make a caller forget its shared
 * bits were it written out there (shared_writes, cond_writes): a pure
 * helper, or xmalloc that calls only the system (procps's pgrep: if
 * (opt_exact) re = xmalloc(n); ... if (opt_exact) free(re);). */
static bool keeps_shared(const Function *f) {
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind != ST_ASSIGN && s->kind != ST_CALL) continue;
			if (s->dst >= 0 && (global_var(f, s->dst) || pointer_under(f, s->dst) >= 0)) return false;
			if (s->kind != ST_CALL) continue;
			const Call *c = s->call;
			if (c->noreturn || (c->summary && c->summary->noreturn)) continue;   /* die(): nothing after it */
			if (!c->callee) return false;
			bool system = c->sig && c->sig->system;
			if (!system && !(c->summary && c->summary->keeps_shared)) return false;
			for (int k = 0; k < c->nargs; k++)
				if (c->args[k].kind == OP_FUNC || (c->args[k].kind == OP_ADDR && c->args[k].place >= 0 &&
				                                   global_var(f, c->args[k].place)))
					return false;
		}
	return true;
}

static void summary_from(const Own *o, Summary *s) {
	const Function *f = o->f;
	memset(s, 0, sizeof *s);
	s->releases = o->released & ~o->kept;
	for (int i = 0; i < f->nparams && i < 64; i++)   /* a BORROW parameter is never the callee's to release */
		if (f->vars[i].annot.mode == MODE_BORROW || f->vars[i].annot.mode == MODE_BORROW_MUT)
			s->releases &= ~(1ull << i);
	/* released on some paths and kept on others (a refcount drop, a loop
	 * ownck cannot tell apart): callers stop following the argument */
	if (o->ret_param > 0 && o->ret_param <= 64) s->returns_arg = o->ret_param;
	uint64_t given_back = s->returns_arg ? 1ull << (s->returns_arg - 1) : 0;
	s->escapes = (o->escaped | (o->ret_escaped & ~given_back) | (o->released & o->kept)) & ~s->releases;
	s->allocator = o->ret_fresh && !o->ret_other && !(f->sig && f->sig->ret.mode != MODE_NONE);
	s->noreturn = !o->returns;
	s->writes_first = writes_first(f, &s->never_read_first);
	/* a realloc wrapper: its first parameter released at the returns only
	 * by the realloc whose result each of them gives back */
	s->realloc_like = s->allocator && (s->releases & 1) && (o->released_for & 1) && !(o->released_else & 1);
	s->never_null = s->allocator && !o->ret_maybe_null;
	s->keeps_shared = keeps_shared(f);
	if (o->returns)
		for (int g = o->nreal; g < o->ntracked; g++) {
			uint64_t bit = 1ull << o->ghost_param[g];
			if (!(o->null_returns & bit)) s->aborts_on_null |= bit;
		}
}

bool summary_equal(const Summary *a, const Summary *b) {
	return a->releases == b->releases && a->escapes == b->escapes && a->allocator == b->allocator &&
	       a->noreturn == b->noreturn && a->aborts_on_null == b->aborts_on_null && a->returns_arg == b->returns_arg &&
	       a->writes_first == b->writes_first && a->never_read_first == b->never_read_first &&
	       a->realloc_like == b->realloc_like && a->never_null == b->never_null && a->keeps_shared == b->keeps_shared;
}

bool ownership_summarize_one(const Unit *u, const Function *f, Summary *s) {
	if (f->skipped || !f->nblocks) return false;
	Arena scratch;
	arena_init(&scratch);
	Own o = {0};
	o.u = (Unit *)u;   /* read only: summary mode reports nothing */
	o.arena = &scratch;
	o.f = f;
	o.summary = true;
	bool done = run(&o);   /* over budget: callers know nothing of it */
	if (done) summary_from(&o, s);
	free(o.ghost_param);
	arena_free(&scratch);
	const char *check = getenv("OWNCK_CHECK_SUMMARIES");
	if (check && *check == '1') {   /* the parameters left out changed nothing (testsuite/cli) */
		Arena full_scratch;
		arena_init(&full_scratch);
		Own full = {0};
		full.u = (Unit *)u;
		full.arena = &full_scratch;
		full.f = f;
		full.summary = full.all_params = true;
		Summary want;
		bool full_done = run(&full);
		if (full_done) summary_from(&full, &want);
		free(full.ghost_param);
		arena_free(&full_scratch);
		if (full_done != done || (done && !summary_equal(s, &want))) {
			fprintf(stderr, "ownck: OWNCK_CHECK_SUMMARIES: %s: summary differs when every parameter is followed\n", f->name);
			fprintf(stderr, "  done %d/%d rel %llx/%llx esc %llx/%llx alloc %d/%d noret %d/%d aon %llx/%llx ret %d/%d wf %llx/%llx nrf %llx/%llx rl %d/%d\n", done, full_done,
			        (unsigned long long)s->releases, (unsigned long long)want.releases, (unsigned long long)s->escapes, (unsigned long long)want.escapes,
			        s->allocator, want.allocator, s->noreturn, want.noreturn, (unsigned long long)s->aborts_on_null, (unsigned long long)want.aborts_on_null,
			        s->returns_arg, want.returns_arg, (unsigned long long)s->writes_first, (unsigned long long)want.writes_first,
			        (unsigned long long)s->never_read_first, (unsigned long long)want.never_read_first, s->realloc_like, want.realloc_like);
			fprintf(stderr, "  nn %d/%d ks %d/%d\n", s->never_null, want.never_null, s->keeps_shared, want.keeps_shared);
			abort();
		}
	}
	return done;
}

const Summary *ownership_summary(Unit *u, const Function *f) {
	Summary *s = map_get(&u->summaries, f->name);
	if (s) return s;
	Summary got;
	if (!ownership_summarize_one(u, f, &got)) return NULL;
	s = ARENA_NEW(&u->arena, Summary);
	*s = got;
	map_put(&u->summaries, f->name, s);
	return s;
}
