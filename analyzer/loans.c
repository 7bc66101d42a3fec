/*
 * loans.c - the borrow check: rustc's NLL on ownck's IR.
 *
 *   1. Loans: every store of a pointer or &place into a BORROW / BORROW_MUT
 *      variable or field (a persistent loan), and every BORROW / BORROW_MUT
 *      argument (a loan for the call, two-phase). A borrowed result tied to an
 *      argument by LIFETIME (or elision) makes the argument's loan persistent.
 *   2. Holders: which variables may hold each loan, flow-insensitively (a
 *      copy, an offset, a reborrow, a tied result passes the loans on), as
 *      NLL's location-insensitive subset constraints do.
 *   3. Liveness of variables, backward. A loan is in scope where it reaches
 *      from its creation while one of its holders is live (its region).
 *   4. Each statement's accesses are checked against the loans in scope on
 *      overlapping places (field-sensitive; an array is one place); an access
 *      through a holder of the loan is the loan's own use, not a conflict.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "loans.h"
#include "ownership.h"   /* Summary: what a callee does with &p */
#include "dataflow.h"
#include "ruleset.h"   /* --dump-lifetimes names the rules whose findings it draws */

typedef struct Loan {
	int place;             /* the borrowed place is `place`, or *place when deref */
	bool deref, mut;
	int gid;               /* the creating statement */
	SrcRange at;
	const char *by;        /* who holds it, for notes */
	int holder;            /* the variable it is stored in */
	bool dangling_only;    /* an unannotated pointer's pointee (unchecked_pointee): only a release conflicts */
} Loan;

typedef struct Ck {
	Unit *u;
	const Function *f;
	Vec *out;
	Vec loans;             /* Loan */
	int nw;                /* 64-bit words per loan set */
	int vw;                /* words per variable set */
	struct LoanSet *holds; /* per variable: the loans it may hold (few: a dense matrix would be vars x loans) */
	uint64_t *live_out;    /* nblocks x vw */
	int *stmt_base;
	bool *reported;        /* per loan: conflicts against it are reported once (7.4) */
	Vec seen_at;           /* long long: primary locations already reported */
	/* the transposes, so that a statement costs what is in scope there,
	 * not what the whole function holds: */
	int *holder_start, *holder_vars;   /* loan l is held by holder_vars[holder_start[l] ..] */
	int *made_start, *made_loans;      /* statement gid makes made_loans[made_start[gid] ..] */
	int *lidx;             /* var -> its bit in live sets (a loan holder), or -1 */
	struct HeldIn *held_in;   /* per variable: the fields its loans are stored in */
	uint64_t *region;      /* --dump-lifetimes: per point (ck_point), the loans in scope there; or NULL */
	Vec *points;           /* LoanPoint, for --explain-states: recorded in the last pass */
	/* run_block's buffers, kept for the function's every block */
	Vec block_ev;          /* LiveEv */
	uint64_t *block_out;   /* vw words (+8) */
	int *block_scope;      /* block_scope_cap ints */
	int block_scope_cap;
} Ck;

/* A program point: statement i of block b, or its terminator when i == nstmts. */
static int ck_point(const Ck *c, int b, int i) { return c->stmt_base[b] + b + i; }

#define BIT_SET(s, i)  ((s)[(i) >> 6] |= 1ull << ((i) & 63))
#define BIT_TEST(s, i) (((s)[(i) >> 6] >> ((i) & 63)) & 1)
/* Each index l set in the bit set s of n words. */
#define FOR_BITS(s, n, l) \
	for (int w_ = 0; w_ < (n); w_++) \
		for (uint64_t m_ = (s)[w_]; m_ && ((l) = w_ * 64 + __builtin_ctzll(m_), 1); m_ &= m_ - 1)

typedef struct LoanSet { int *l; int n; } LoanSet;   /* ascending */

static bool holds(const Ck *c, int var, int loan) {
	const LoanSet *h = &c->holds[var];
	int lo = 0, hi = h->n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (h->l[mid] < loan) lo = mid + 1;
		else hi = mid;
	}
	return lo < h->n && h->l[lo] == loan;
}
static int root_var(const Function *f, int place) { return f->places[place].var; }

static Annot place_annot(const Function *f, int place) {
	const Place *p = &f->places[place];
	if (p->kind == PJ_BASE) return f->vars[p->var].annot;
	return p->annot;
}

static bool is_borrow_mode(Mode m) { return m == MODE_BORROW || m == MODE_BORROW_MUT; }

static bool through_pointer(const Function *f, int p) {
	for (; f->places[p].parent >= 0; p = f->places[p].parent)
		if (f->places[p].kind == PJ_DEREF) return true;
	return false;
}

/* The variable that holds what is stored into place d, or -1. */
static int holder_of(const Function *f, int d) {
	if (f->places[d].kind == PJ_BASE) return f->places[d].var;
	return through_pointer(f, d) ? -1 : f->places[d].var;
}

/* Where in a struct local its loans are: in the fields `fields` (a list),
 * or anywhere (whole: stored as a whole, or through an index). A struct
 * whose loans are all dangling-only ones (7.8, an unannotated pointer's
 * pointee) and sit in fields is field-sensitive: reading or writing another
 * field is no use of them (git's config.key = strchr(config.section, '.')
 * + 1; ...; free(config.section)), as a plain local `key` would not be. */
typedef struct HeldIn { int *fields; int n; bool whole, sensitive; } HeldIn;

static void note_held_in(Ck *c, int d) {
	if (!c->held_in) c->held_in = xcalloc((size_t)c->f->nvars + 1, sizeof(HeldIn));   /* functions with loans only */
	HeldIn *h = &c->held_in[c->f->places[d].var];
	if (h->whole) return;
	for (int p = d; c->f->places[p].kind != PJ_BASE || p == d; p = c->f->places[p].parent)
		if (c->f->places[p].kind != PJ_FIELD) { h->whole = true; return; }   /* x itself, x[i], *x.p */
	for (int k = 0; k < h->n; k++)
		if (h->fields[k] == d) return;
	h->fields = xrealloc(h->fields, sizeof(int) * (size_t)(h->n + 1));
	h->fields[h->n++] = d;
}

static bool ancestor_or_self(const Function *f, int a, int p) {
	for (; p >= 0; p = f->places[p].parent)
		if (p == a) return true;
	return false;
}

/* Whether touching `place` touches the loans its variable holds. */
static bool touches_loans_in(const Ck *c, int place) {
	const HeldIn *h = &c->held_in[c->f->places[place].var];
	if (!h->sensitive) return true;
	for (int k = 0; k < h->n; k++)
		if (ancestor_or_self(c->f, h->fields[k], place) || ancestor_or_self(c->f, place, h->fields[k])) return true;
	return false;
}

static inline bool touches_loans(const Ck *c, int place) { return !c->held_in || touches_loans_in(c, place); }

/* ---- places as paths ---- */

typedef struct Elem { ProjKind kind; int var; const char *field; bool owner; } Elem;

/* The path from the variable down: x, x.f, *x, ... Each element records
 * whether the pointer it holds owns its pointee (OWNED). */
static int path_of(const Function *f, int place, bool deref, Elem *out, int max) {
	Elem tmp[64];
	int n = 0;
	for (int p = place; p >= 0 && n < 63; p = f->places[p].parent) {
		tmp[n].kind = f->places[p].kind;
		tmp[n].var = f->places[p].var;
		tmp[n].field = f->places[p].field;
		tmp[n].owner = place_annot(f, p).mode == MODE_OWNED;
		n++;
	}
	int k = 0;
	for (int i = n - 1; i >= 0 && k < max; i--) out[k++] = tmp[i];
	if (deref && k < max) { out[k].kind = PJ_DEREF; out[k].var = -1; out[k].field = NULL; out[k].owner = false; k++; }
	return k;
}

/* One place contains the other (or they are the same). What a non-owning
 * pointer inside a struct points to is another object, not part of the
 * struct: u and *u->data do not overlap (though p and *p do). */
static bool overlap(const Function *f, int p1, bool d1, int p2, bool d2) {
	Elem a[64], b[64];
	int na = path_of(f, p1, d1, a, 64), nb = path_of(f, p2, d2, b, 64);
	int n = na < nb ? na : nb;
	for (int i = 0; i < n; i++) {
		if (a[i].kind != b[i].kind) return false;
		if (a[i].kind == PJ_BASE && a[i].var != b[i].var) return false;
		if (a[i].kind == PJ_FIELD && strcmp(a[i].field, b[i].field)) return false;
	}
	const Elem *longer = na > nb ? a : b;
	int nl = na > nb ? na : nb;
	for (int i = n + 1; i < nl; i++)
		if (longer[i].kind == PJ_DEREF && !longer[i - 1].owner) return false;
	return true;
}

static const char *place_text(Ck *c, int place, bool deref) {
	const char *t = c->f->places[place].text;
	return deref ? arena_printf(&c->u->arena, "*%s", t) : t;
}

/* ---- 1. loans ---- */

static int add_loan(Ck *c, int place, bool deref, bool mut, int gid, SrcRange at, int holder, const char *by) {
	Loan *l = vec_push(&c->loans);
	l->place = place;
	l->deref = deref;
	l->mut = mut;
	l->gid = gid;
	l->at = at;
	l->holder = holder;
	l->by = by;
	l->dangling_only = false;
	return c->loans.len - 1;
}

/* The argument a borrowed result is tied to: the parameter with the same
 * LIFETIME, else the only borrowed parameter (elision); -1 when none. */
static int tied_arg(const Signature *s) {
	if (!s || (!is_borrow_mode(s->ret.mode) && !s->ret_borrower)) return -1;
	const char *lt = is_borrow_mode(s->ret.mode) ? s->ret.lifetime : s->ret_borrower_lt;
	if (lt && !strcmp(lt, "static")) return -1;
	int only = -1, count = 0;
	for (int i = 0; i < s->nparams; i++) {
		if (lt && s->params[i].annot.lifetime && !strcmp(lt, s->params[i].annot.lifetime))
			return i;
		if (is_borrow_mode(s->params[i].annot.mode)) { only = i; count++; }
	}
	return count == 1 ? only : -1;
}

static void loans_from_temp(Ck *c, int temp, bool mut, int gid, int holder, const char *by) {
	const Function *f = c->f;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind != ST_ASSIGN || s->dst != temp) continue;
			if (s->src.kind == OP_ADDR) add_loan(c, s->src.place, false, mut, gid, s->src.range, holder, by);
			else if (s->src.kind == OP_PLACE && f->vars[root_var(f, s->src.place)].kind != VK_TEMP)
				add_loan(c, s->src.place, true, mut, gid, s->src.range, holder, by);
		}
}

/* What an unannotated pointer points to (char *buf; strchr(buf, ' ')): a
 * result tied to it is an alias of the same memory, which takes no part in
 * exclusivity checks (7.8), only in dangling ones: writing through buf
 * while strchr's result is used is C's in-place tokenizing (git's
 * transport-helper.c, patch-id.c, merge.c), freeing buf is not. An OWNED
 * pointer, or one reached through a BORROW, is checked in full. */
static int borrow_above(const Function *f, int place, bool deref, bool *shared);

static bool unchecked_pointee(const Function *f, int place) {
	bool shared;
	return place_annot(f, place).mode == MODE_NONE && f->places[place].is_pointer && borrow_above(f, place, true, &shared) < 0;
}

static void collect_loans(Ck *c) {
	const Function *f = c->f;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			int gid = c->stmt_base[b] + i;
			if (s->kind == ST_ASSIGN && !s->compound) {
				Annot a = place_annot(f, s->dst);
				int h = holder_of(f, s->dst);
				if (!is_borrow_mode(a.mode) || h < 0) continue;
				note_held_in(c, s->dst);
				bool mut = a.mode == MODE_BORROW_MUT;
				const char *by = arena_printf(&c->u->arena, "'%s'", f->places[s->dst].text);
				if (s->src.kind == OP_PLACE && f->vars[root_var(f, s->src.place)].kind != VK_TEMP)
					add_loan(c, s->src.place, true, mut, gid, s->src.range, h, by);
				else if (s->src.kind == OP_ADDR)
					add_loan(c, s->src.place, false, mut, gid, s->src.range, h, by);
				else if (s->src.kind == OP_PLACE)   /* r = c ? &a : &b: each value the temporary got */
					loans_from_temp(c, s->src.place, mut, gid, h, by);
			} else if (s->kind == ST_CALL && s->dst >= 0) {
				int k = tied_arg(s->call->sig);
				if (k < 0 || k >= s->call->nargs) continue;
				const Operand *a = &s->call->args[k];
				if (a->kind != OP_PLACE && a->kind != OP_ADDR) continue;
				bool mut = s->call->sig->params[k].annot.mode == MODE_BORROW_MUT;
				const char *by = arena_printf(&c->u->arena, "the result of '%s'", s->call->callee ? s->call->callee : "the call");
				int n = add_loan(c, a->place, a->kind == OP_PLACE, mut, gid, a->range, root_var(f, s->dst), by);
				note_held_in(c, s->dst);
				VEC_AT(&c->loans, Loan, n).dangling_only = a->kind == OP_PLACE && unchecked_pointee(f, a->place);
			}
		}
}

/* ---- 2. holders ---- */

static bool merge_holds(Ck *c, int into, int from) {
	if (into < 0 || from < 0 || into == from || !c->holds[from].n) return false;
	LoanSet *d = &c->holds[into];
	const LoanSet *s = &c->holds[from];
	int *u = xmalloc(sizeof(int) * (size_t)(d->n + s->n)), n = 0, i = 0, j = 0;
	while (i < d->n || j < s->n) {   /* the sorted union */
		if (j == s->n || (i < d->n && d->l[i] < s->l[j])) u[n++] = d->l[i++];
		else if (i == d->n || s->l[j] < d->l[i]) u[n++] = s->l[j++];
		else { u[n++] = d->l[i++]; j++; }
	}
	bool changed = n != d->n;
	free(d->l);
	d->l = u;
	d->n = n;
	return changed;
}

static void compute_holders(Ck *c) {
	const Function *f = c->f;
	for (int l = 0; l < c->loans.len; l++) {
		const Loan *ln = &VEC_AT(&c->loans, Loan, l);
		LoanSet *h = &c->holds[ln->holder];
		if (holds(c, ln->holder, l)) continue;
		h->l = xrealloc(h->l, sizeof(int) * (size_t)(h->n + 1));
		int k = h->n++;
		for (; k > 0 && h->l[k - 1] > l; k--) h->l[k] = h->l[k - 1];
		h->l[k] = l;
	}
	for (bool changed = true; changed;) {
		changed = false;
		for (int b = 0; b < f->nblocks; b++)
			for (int i = 0; i < f->blocks[b].nstmts; i++) {
				const Stmt *s = &f->blocks[b].stmts[i];
				/* a copy of the pointer, or an address inside what it holds, keeps its loans;
				 * a value loaded through it (int x = *p; q = p->next) does not */
				int h = s->kind == ST_ASSIGN ? holder_of(f, s->dst) : -1;
				bool carrier = h >= 0 && (f->places[s->dst].is_pointer || f->vars[h].is_aggregate);
				int from = -1;
				if (s->kind == ST_ASSIGN && ((s->src.kind == OP_PLACE && f->places[s->src.place].kind == PJ_BASE &&
				                              carrier) || s->src.kind == OP_ADDR))
					changed |= merge_holds(c, holder_of(f, s->dst), from = root_var(f, s->src.place));
				else if (s->kind == ST_CALL && s->dst >= 0) {
					int k = tied_arg(s->call->sig);
					if (k >= 0 && k < s->call->nargs &&
					    (s->call->args[k].kind == OP_PLACE || s->call->args[k].kind == OP_ADDR))
						changed |= merge_holds(c, root_var(f, s->dst), from = root_var(f, s->call->args[k].place));
				}
				if (from >= 0 && c->holds[from].n && (s->kind == ST_CALL || holder_of(f, s->dst) >= 0))
					note_held_in(c, s->dst);
			}
	}
}

/* ---- 3. liveness ---- */

/* Live sets hold only the variables that may hold a loan (Ck.lidx numbers
 * them): nothing else is ever asked about, and a function with thousands of
 * locals and few borrows would otherwise pay for all of them at every block. */
static void live_set(const int *lidx, uint64_t *live, int var) { if (lidx[var] >= 0) BIT_SET(live, lidx[var]); }
static void live_clear(const int *lidx, uint64_t *live, int var) {
	if (lidx[var] >= 0) live[lidx[var] >> 6] &= ~(1ull << (lidx[var] & 63));
}

/* What a statement does to liveness, as calls fn(ctx, var, use): kills
 * first, then uses (a use in the same statement wins). A branch uses
 * nothing: it reads its pointers' values only (if (p), p == q, ++k !=
 * end), not what they point to (7.11), so a pointer to the end of a search
 * (colon = memchr(k, ':', n)) may stand while the loop writes through k up
 * to it (lighttpd's h2.c). A dereference in a condition is a USE of its own. */
typedef void LiveFn(void *ctx, int var, bool use);

static void operand_live(const Ck *c, const Operand *o, LiveFn *fn, void *ctx) {
	if ((o->kind == OP_PLACE || o->kind == OP_ADDR) && o->place >= 0 && touches_loans(c, o->place))
		fn(ctx, root_var(c->f, o->place), true);
}

/* A call's &p argument and p's liveness: a callee that stores *out first
 * overwrites p (a kill, 1); one that never reads it first leaves p's value
 * as it was (no use, 0); anything else may read p (-1). */
static int addr_arg_effect(const Function *f, const Call *c, int k) {
	const Operand *a = &c->args[k];
	if (a->kind != OP_ADDR || a->place < 0 || f->places[a->place].kind != PJ_BASE) return -1;
	return call_stores_out_first(c, k) ? 1 : call_never_reads_out_first(c, k) ? 0 : -1;
}

static void stmt_live(const Ck *c, const Stmt *s, LiveFn *fn, void *ctx) {
	const Function *f = c->f;
	switch (s->kind) {
	case ST_ASSIGN:
		if (f->places[s->dst].kind == PJ_BASE && !s->compound) fn(ctx, f->places[s->dst].var, false);
		else if (touches_loans(c, s->dst)) fn(ctx, root_var(f, s->dst), true);
		operand_live(c, &s->src, fn, ctx);
		break;
	case ST_CALL:
		if (s->dst >= 0) fn(ctx, root_var(f, s->dst), false);
		for (int i = 0; i < s->call->nargs; i++)
			if (addr_arg_effect(f, s->call, i) > 0) fn(ctx, f->places[s->call->args[i].place].var, false);
		for (int i = 0; i < s->call->nargs; i++)
			if (addr_arg_effect(f, s->call, i) < 0) operand_live(c, &s->call->args[i], fn, ctx);
		operand_live(c, &s->call->fn, fn, ctx);
		break;
	case ST_USE:
	case ST_RET:
		operand_live(c, &s->src, fn, ctx);
		break;
	case ST_DEAD:
		fn(ctx, s->var, false);
		break;
	}
}

typedef struct BitsLive { const int *lidx; uint64_t *live; } BitsLive;

static void bits_live(void *ctx, int var, bool use) {
	BitsLive *b = ctx;
	if (use) live_set(b->lidx, b->live, var);
	else live_clear(b->lidx, b->live, var);
}

/* live := live before s, given live after s. */
static void step_live(const Ck *c, const Stmt *s, uint64_t *live) {
	BitsLive b = {c->lidx, live};
	stmt_live(c, s, bits_live, &b);
}

/* Liveness inside one block without a bit set per statement (that would
 * cost statements x holders): each holder's uses and kills in statement
 * order. Live before statement i: the first event at or after i decides,
 * else the block's live-out. */
typedef struct LiveEv { int v, pos; bool use; } LiveEv;
typedef struct BlockLive { Vec ev; uint64_t *out; int pos; const int *lidx; } BlockLive;

static void push_ev(void *ctx, int var, bool use) {
	BlockLive *bl = ctx;
	if (bl->lidx[var] < 0) return;
	LiveEv *e = vec_push(&bl->ev);
	e->v = bl->lidx[var];
	e->pos = bl->pos;
	e->use = use;
}

static int ev_cmp(const void *pa, const void *pb) {
	const LiveEv *a = pa, *b = pb;
	if (a->v != b->v) return a->v < b->v ? -1 : 1;
	if (a->pos != b->pos) return a->pos < b->pos ? -1 : 1;
	return (int)b->use - (int)a->use;   /* a use before a kill at the same statement */
}

static bool live_before(const BlockLive *bl, int v, int i) {
	const LiveEv *ev = bl->ev.data;
	int lo = 0, hi = bl->ev.len;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (ev[mid].v < v || (ev[mid].v == v && ev[mid].pos < i)) lo = mid + 1;
		else hi = mid;
	}
	if (lo < bl->ev.len && ev[lo].v == v) return ev[lo].use;
	return BIT_TEST(bl->out, v);
}


static void compute_liveness(Ck *c) {
	const Function *f = c->f;
	int vw = c->vw;
	c->live_out = xcalloc((size_t)f->nblocks * (size_t)vw + 1, sizeof(uint64_t));
	uint64_t *tmp = xcalloc((size_t)vw + 1, sizeof(uint64_t));
	for (bool changed = true; changed;) {
		changed = false;
		for (int b = f->nblocks - 1; b >= 0; b--) {
			const Block *blk = &f->blocks[b];
			uint64_t *out = c->live_out + (size_t)b * (size_t)vw;
			/* out = union of successors' in */
			for (int k = 0; k < df_nsuccessors(blk); k++) {
				int s = df_successor(blk, k);
				const Block *sb = &f->blocks[s];
				memcpy(tmp, c->live_out + (size_t)s * (size_t)vw, sizeof(uint64_t) * (size_t)vw);
				for (int i = sb->nstmts - 1; i >= 0; i--) step_live(c, &sb->stmts[i], tmp);
				for (int w = 0; w < vw; w++)
					if ((out[w] | tmp[w]) != out[w]) { out[w] |= tmp[w]; changed = true; }
			}
		}
	}
	free(tmp);
}

/* ---- 4. checking ---- */

typedef enum Access { AC_READ, AC_WRITE, AC_MOVE, AC_SHARED, AC_MUT } Access;

/* Live before statement pos of a block, and optionally the pointers a call
 * receives (a value loaded through one was read before). */
typedef struct LiveQ { const BlockLive *bl; int pos; const Call *args; } LiveQ;

static bool held_by_live(Ck *c, int loan, const LiveQ *q) {
	for (int k = c->holder_start[loan]; k < c->holder_start[loan + 1]; k++) {
		int v = c->holder_vars[k];
		if (live_before(q->bl, c->lidx[v], q->pos)) return true;
		for (int a = 0; q->args && a < q->args->nargs; a++) {
			const Operand *o = &q->args->args[a];
			if ((o->kind == OP_ADDR || (o->kind == OP_PLACE && c->f->places[o->place].is_pointer)) &&
			    root_var(c->f, o->place) == v && touches_loans(c, o->place))
				return true;
		}
	}
	return false;
}

/* Counting sort of pairs (key, value) into start[nkeys + 1] / values. */
static void csr_build(int nkeys, const int *keys, const int *vals, int n, int **start, int **out) {
	int *st = xcalloc((size_t)nkeys + 2, sizeof(int));
	int *o = xmalloc(sizeof(int) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) st[keys[i] + 1]++;
	for (int k = 0; k < nkeys; k++) st[k + 1] += st[k];
	int *fill = xmalloc(sizeof(int) * (size_t)(nkeys + 1));
	memcpy(fill, st, sizeof(int) * (size_t)(nkeys + 1));
	for (int i = 0; i < n; i++) o[fill[keys[i]]++] = vals[i];
	free(fill);
	*start = st;
	*out = o;
}

static void index_loans(Ck *c) {
	Vec keys, vals;
	vec_init(&keys, sizeof(int));
	vec_init(&vals, sizeof(int));
	for (int v = 0; v < c->f->nvars; v++) {
		for (int k = 0; k < c->holds[v].n; k++) {
			*(int *)vec_push(&keys) = c->holds[v].l[k];
			*(int *)vec_push(&vals) = v;
		}
	}
	csr_build(c->loans.len, keys.data, vals.data, keys.len, &c->holder_start, &c->holder_vars);
	c->lidx = xmalloc(sizeof(int) * (size_t)(c->f->nvars + 1));
	int nlive = 0;
	for (int v = 0; v < c->f->nvars; v++) {
		c->lidx[v] = -1;
		if (c->holds[v].n) c->lidx[v] = nlive++;
	}
	c->vw = (nlive + 63) / 64 + 1;
	keys.len = vals.len = 0;
	for (int l = 0; l < c->loans.len; l++) {
		*(int *)vec_push(&keys) = VEC_AT(&c->loans, Loan, l).gid;
		*(int *)vec_push(&vals) = l;
	}
	csr_build(c->stmt_base[c->f->nblocks], keys.data, vals.data, keys.len, &c->made_start, &c->made_loans);
	vec_free(&keys);
	vec_free(&vals);
}

/* The first use, after statement gid, of a variable holding the loan. */
static bool later_use(Ck *c, int loan, int b0, int i0, SrcRange *at, const char **by) {
	const Function *f = c->f;
	char *seen = xcalloc((size_t)f->nblocks + 1, 1);
	int *stack = xmalloc(sizeof(int) * (size_t)(f->nblocks + 1));
	int sp = 0;
	bool found = false;
	int b = b0, start = i0 + 1;
	for (;;) {
		const Block *blk = &f->blocks[b];
		for (int i = start; i < blk->nstmts && !found; i++) {
			const Stmt *s = &blk->stmts[i];
			const Operand *ops[64];
			int n = 0;
			if (s->kind == ST_CALL) {
				for (int k = 0; k < s->call->nargs && n < 62; k++) ops[n++] = &s->call->args[k];
				ops[n++] = &s->call->fn;
			} else if (s->kind != ST_DEAD) {
				ops[n++] = &s->src;
			}
			for (int k = 0; k < n && !found; k++) {
				const Operand *o = ops[k];
				if ((o->kind == OP_PLACE || o->kind == OP_ADDR) && o->place >= 0 &&
				    holds(c, root_var(f, o->place), loan) && o->range.line) {
					*at = o->range;
					*by = arena_printf(&c->u->arena, "'%s'", f->vars[root_var(f, o->place)].name);
					found = true;
				}
			}
			if (!found && s->kind == ST_ASSIGN && f->places[s->dst].kind != PJ_BASE &&
			    holds(c, root_var(f, s->dst), loan)) {
				*at = s->range;
				*by = arena_printf(&c->u->arena, "'%s'", f->vars[root_var(f, s->dst)].name);
				found = true;
			}
		}
		if (found) break;
		for (int k = 0; k < df_nsuccessors(blk); k++) {
			int s = df_successor(blk, k);
			if (!seen[s]) { seen[s] = 1; stack[sp++] = s; }
		}
		if (!sp) break;
		b = stack[--sp];
		start = 0;
	}
	free(seen);
	free(stack);
	return found;
}

static bool already(Ck *c, SrcRange at, int kind) {
	long long key = ((long long)at.line << 24) ^ ((long long)at.col << 8) ^ kind;
	for (int i = 0; i < c->seen_at.len; i++)
		if (VEC_AT(&c->seen_at, long long, i) == key) return true;
	*(long long *)vec_push(&c->seen_at) = key;
	return false;
}

static LoanFact *fact(Ck *c, LoanFactKind k, SrcRange at, const char *what) {
	LoanFact *lf = vec_push(c->out);
	lf->kind = k;
	lf->function = c->f->name;
	lf->what = what;
	lf->at = at;
	lf->strict = true;
	return lf;
}

/* The argument a check is about, for the fact's detail ("parameter 'p' of
 * 'f'"): formatted only when a fact is made, as most calls make none. */
typedef struct ArgRef { const Call *call; int arg; } ArgRef;
static const ArgRef NO_ARG = {NULL, -1};

static const char *arg_detail(Ck *c, ArgRef r) {
	if (!r.call) return NULL;
	const Signature *sig = r.call->sig;
	const char *callee = r.call->callee ? r.call->callee : "the call";
	if (sig && r.arg < sig->nparams && *sig->params[r.arg].name)
		return arena_printf(&c->u->arena, "parameter '%s' of '%s'", sig->params[r.arg].name, callee);
	return arena_printf(&c->u->arena, "argument %d of '%s'", r.arg + 1, callee);
}

typedef struct Ctx { int b, i; const LiveQ *live; ArgRef arg; } Ctx;

static void conflict(Ck *c, int loan, Access ac, int place, bool deref, SrcRange at, Ctx *x) {
	Loan *l = &VEC_AT(&c->loans, Loan, loan);
	if (l->dangling_only && ac != AC_MOVE) return;
	LoanFactKind k;
	switch (ac) {
	case AC_READ: if (!l->mut) return; k = LF_USE_WHILE_MUT; break;
	case AC_WRITE: k = LF_ASSIGN_WHILE; break;
	case AC_MOVE: k = LF_MOVE_WHILE; break;
	case AC_SHARED: if (!l->mut) return; k = LF_MUT_SHARED; break;
	default: k = l->mut ? LF_MUT_MUT : LF_MUT_SHARED; break;
	}
	if (c->reported[loan] || already(c, at, (int)k)) return;
	c->reported[loan] = true;
	LoanFact *lf = fact(c, k, at, place_text(c, place, deref));
	lf->detail = arg_detail(c, x->arg);
	lf->action = ac == AC_MUT ? "mutable" : "shared";
	lf->first_mut = l->mut;
	lf->has_loan = true;
	lf->loan_at = l->at;
	lf->loan_by = l->by;
	lf->loan_what = place_text(c, l->place, l->deref);
	lf->loan_round_loop = l->gid == c->stmt_base[x->b] + x->i;
	lf->has_later = later_use(c, loan, x->b, x->i, &lf->later_at, &lf->later_by);
	/* only a back edge leads from the action to a use written above it */
	lf->later_in_loop = lf->has_later && (lf->later_at.line < at.line ||
	                                      (lf->later_at.line == at.line && lf->later_at.col < at.col));
}

/* The loan's place is reached through place's pointer: *p, p[i], p->f
 * (an index of a pointer is its pointee's). Assigning place, when it owns
 * nothing, is what Rust calls a shallow write: `p = strchr(&p[1], c)`
 * borrows from the old p's pointee and leaves it alone. */
static bool behind_pointer_of(const Function *f, int loan_place, bool loan_deref, int place) {
	if (loan_place == place) return loan_deref;
	for (int q = loan_place; f->places[q].parent >= 0; q = f->places[q].parent)
		if (f->places[q].parent == place)
			return f->places[q].kind == PJ_DEREF || (f->places[q].kind == PJ_INDEX && f->places[place].is_pointer);
	return false;
}

/* The loans in scope at a statement: as a set (for the block's dataflow)
 * and as a list, so that a statement costs the loans in scope, not the
 * function's. */
typedef struct Scope { uint64_t *bits; int *list; int n; } Scope;

/* An access to place (or *place) at x: against every loan in scope. */
static void check_access(Ck *c, const Scope *scope, Access ac, int place, bool deref, SrcRange at, Ctx *x,
                         int via) {
	const Function *f = c->f;
	for (int k = 0; k < scope->n; k++) {
		int l = scope->list[k];
		Loan *ln = &VEC_AT(&c->loans, Loan, l);
		if (via >= 0 && holds(c, via, l)) continue;   /* through the loan itself */
		if (!overlap(f, ln->place, ln->deref, place, deref)) continue;
		/* assigning a pointer that is not an owner does not touch what it pointed to */
		if (ac == AC_WRITE && !deref && place_annot(f, place).mode != MODE_OWNED &&
		    behind_pointer_of(f, ln->place, ln->deref, place))
			continue;
		if (!held_by_live(c, l, x->live)) continue;
		conflict(c, l, ac, place, deref, at, x);
	}
}

/* The borrow through which place (or *place) is reached, walking from the
 * variable down: past a BORROW or BORROW_MUT pointer, through what it owns
 * (OWNED fields) and through pointers stored behind it (a &mut behind a & is
 * still behind the &), but not through an unannotated pointer field, which
 * ownck does not follow. *shared says whether a shared borrow is on the way.
 * Returns the borrow's place, or -1. */
static int borrow_above(const Function *f, int place, bool deref, bool *shared) {
	int chain[64], n = 0;
	for (int p = place; p >= 0 && n < 64; p = f->places[p].parent) chain[n++] = p;
	int found = -1;
	*shared = false;
	for (int i = n - 1; i >= 0; i--) {   /* root first */
		int p = chain[i];
		bool is_last = i == 0;
		bool derefs = (!is_last && f->places[chain[i - 1]].kind == PJ_DEREF) || (is_last && deref);
		if (!derefs) continue;
		Mode m = place_annot(f, p).mode;
		if (m == MODE_BORROW || m == MODE_BORROW_MUT) {
			if (found < 0 || m == MODE_BORROW) found = p;
			if (m == MODE_BORROW) *shared = true;
		} else if (m == MODE_NONE && f->places[p].kind != PJ_DEREF) {
			found = -1;   /* an unannotated pointer: unchecked from here on */
			*shared = false;
		}
	}
	return found;
}

static int behind_shared(const Function *f, int place, bool deref) {
	bool shared;
	int b = borrow_above(f, place, deref, &shared);
	return shared ? b : -1;
}

static void write_shared_at(Ck *c, int place, bool deref, SrcRange at, ArgRef arg) {
	int b = behind_shared(c->f, place, deref);
	if (b < 0 || already(c, at, LF_WRITE_SHARED)) return;
	LoanFact *lf = fact(c, LF_WRITE_SHARED, at, c->f->places[b].text);
	lf->detail = arg_detail(c, arg);
	lf->has_loan = true;
	lf->loan_at = c->f->vars[root_var(c->f, b)].decl;
}

static void write_shared(Ck *c, const Operand *o, SrcRange at, ArgRef arg) {
	if (o->kind == OP_PLACE) write_shared_at(c, o->place, true, at, arg);
	else if (o->kind == OP_ADDR) write_shared_at(c, o->place, false, at, arg);
}

static void move_out(Ck *c, const Operand *o, SrcRange at, ArgRef arg) {
	if (o->kind != OP_PLACE || !is_borrow_mode(place_annot(c->f, o->place).mode)) return;
	if (already(c, at, LF_MOVE_OUT)) return;
	LoanFact *lf = fact(c, LF_MOVE_OUT, at, c->f->places[o->place].text);
	lf->detail = arg_detail(c, arg);
	lf->has_loan = true;
	lf->loan_at = c->f->vars[root_var(c->f, o->place)].decl;
}

static bool releases(const Unit *u, const Call *call, int i) {
	(void)u;
	return call->sig && i < call->sig->nparams && (call->sig->params[i].flags & PF_RELEASES);
}

/* Is operand o the address of variable var (&var, which a callee may store through)? */
static bool address_of(const Function *f, const Operand *o, int var) {
	return o->kind == OP_ADDR && o->place >= 0 && f->places[o->place].var == var;
}

/* The object a pointer variable certainly points to: an unannotated local
 * pointer assigned exactly once, from another pointer variable, and whose
 * address is never taken (get(&omp) may store another value: lmdb's
 * mdb_page_split), is an alias of it (7.8, 7.41). */
static int same_object(const Function *f, int place) {
	for (int hops = 0; hops < 8 && f->places[place].kind == PJ_BASE; hops++) {
		int var = f->places[place].var, defs = 0, from = -1;
		if (f->vars[var].kind != VK_LOCAL || f->vars[var].annot.mode != MODE_NONE) break;
		for (int b = 0; b < f->nblocks; b++)
			for (int i = 0; i < f->blocks[b].nstmts; i++) {
				const Stmt *s = &f->blocks[b].stmts[i];
				defs += address_of(f, &s->src, var);
				for (int k = 0; s->kind == ST_CALL && k < s->call->nargs; k++) defs += address_of(f, &s->call->args[k], var);
				if (s->kind != ST_ASSIGN || f->places[s->dst].var != var) continue;
				defs++;
				if (s->src.kind == OP_PLACE && s->src.offset == OFF_NONE && f->places[s->src.place].kind == PJ_BASE)
					from = s->src.place;
			}
		if (defs != 1 || from < 0) break;
		place = from;
	}
	return place;
}

/* An element a[i] of an array or of *p: which one is not known (7.37). */
static bool indexed(const Function *f, int place) {
	for (; place >= 0; place = f->places[place].parent)
		if (f->places[place].kind == PJ_INDEX) return true;
	return false;
}

/* restrict parameters (7.22, 7.41): two arguments that provably overlap. */
static void check_restrict(Ck *c, const Call *call, Ctx *x) {
	const Signature *s = call->sig;
	if (!s) return;
	long long len = -1;
	for (int i = 0; i < call->nargs && i < s->nparams; i++)
		if (!(s->params[i].flags & PF_POINTER) && call->args[i].kind == OP_CONST) len = call->args[i].value;
	for (int j = 1; j < call->nargs && j < s->nparams; j++) {
		if (!(s->params[j].flags & PF_RESTRICT)) continue;
		for (int i = 0; i < j; i++) {
			if (!(s->params[i].flags & PF_RESTRICT)) continue;
			const Operand *a = &call->args[i], *b = &call->args[j];
			if (a->kind != b->kind || (a->kind != OP_PLACE && a->kind != OP_ADDR)) continue;
			if (a->place != b->place && (a->kind != OP_PLACE || same_object(c->f, a->place) != same_object(c->f, b->place)))
				continue;
			if (a->offset == OFF_UNKNOWN || b->offset == OFF_UNKNOWN) continue;
			if (indexed(c->f, a->place) || indexed(c->f, b->place)) continue;   /* &a[i], &a[j] */
			long long oa = a->offset == OFF_KNOWN ? a->value : 0, ob = b->offset == OFF_KNOWN ? b->value : 0;
			long long d = oa > ob ? oa - ob : ob - oa;
			if (len == 0 || (len > 0 && d >= len)) continue;   /* nothing copied, or disjoint ranges */
			if (len < 0 && d > 0) continue;   /* whether they overlap depends on the length */
			bool both_mut = !(s->params[i].flags & PF_CONST_POINTEE) && !(s->params[j].flags & PF_CONST_POINTEE);
			LoanFactKind k = both_mut ? LF_MUT_MUT : LF_MUT_SHARED;
			if (already(c, b->range, (int)k)) continue;
			LoanFact *lf = fact(c, k, b->range, operand_text(&c->u->arena, c->f, b));
			lf->action = (s->params[j].flags & PF_CONST_POINTEE) ? "shared" : "mutable";
			lf->first_mut = !(s->params[i].flags & PF_CONST_POINTEE);
			lf->strict = true;
			lf->has_loan = true;
			lf->loan_at = a->range;
			lf->loan_what = operand_text(&c->u->arena, c->f, a);
			lf->loan_by = arena_printf(&c->u->arena, "restrict parameter '%s' of '%s'", s->params[i].name,
			                           call->callee ? call->callee : "the call");
			lf->detail = arena_printf(&c->u->arena, "restrict parameter '%s'", s->params[j].name);
			(void)x;
		}
	}
}

static bool pos_le(SrcRange a, SrcRange b) { return a.line < b.line || (a.line == b.line && a.col <= b.col); }
static bool pos_le_end(SrcRange a, SrcRange b) {
	return a.line < b.end_line || (a.line == b.end_line && a.col <= b.end_col);
}

/* The story of a conflict with argument i's reserved loan: borrowed at the
 * argument, by its parameter, and used when the call starts. */
static void reserved_loan(Ck *c, LoanFact *lf, const Call *call, int i) {
	const Operand *a = &call->args[i];
	lf->first_mut = call->sig->params[i].annot.mode == MODE_BORROW_MUT;
	lf->has_loan = true;
	lf->loan_at = a->range;
	lf->loan_what = place_text(c, a->place, a->kind == OP_PLACE);
	lf->loan_by = arena_printf(&c->u->arena, "parameter '%s' of '%s' (reserved until the call)",
	                           call->sig->params[i].name, call->callee ? call->callee : "the call");
	lf->has_later = true;
	lf->later_at = call->callee_range;
	lf->later_by = arena_printf(&c->u->arena, "the call of '%s'", call->callee ? call->callee : "the function");
}

/* Two-phase borrows (7.23): an argument's loan is reserved when it is
 * evaluated and active when the call starts. What the later arguments do in
 * between (statements written inside them) may only share the place:
 * vec_push(&v, vec_pop(&v)) and vec_push(&v, (v.len = 0, 1)) conflict, and
 * a shared argument forbids mutation by the later ones (add(a, rewrite(&a))). */
static void check_reservations(Ck *c, const Call *call, Ctx *x) {
	const Function *f = c->f;
	const Signature *sig = call->sig;
	const Block *blk = &f->blocks[x->b];
	if (!call->arg_ext) return;   /* no borrowed argument before others: lowering measured none */
	for (int i = 0; sig && i + 1 < call->nargs && i < sig->nparams; i++) {
		const Operand *a = &call->args[i];
		Mode ma = sig->params[i].annot.mode;
		if (!is_borrow_mode(ma) || (a->kind != OP_PLACE && a->kind != OP_ADDR)) continue;
		SrcRange from = call->arg_ext[i + 1], to = call->arg_ext[call->nargs - 1];
		if (!from.line || !to.line) continue;
		SrcRange whole = blk->stmts[x->i].range;
		if (from.line == whole.line && from.col == whole.col) continue;   /* all one macro expansion: no order to read */
		for (int k = x->i - 1; k >= 0; k--) {
			const Stmt *st = &blk->stmts[k];
			if (st->kind == ST_DEAD) continue;
			if (!st->range.line || !pos_le(from, st->range) || !pos_le_end(st->range, to)) break;
			const Operand *hit = NULL;
			const char *hdetail = NULL;
			LoanFactKind kind = LF_MUT_MUT;
			if (st->kind == ST_ASSIGN && !st->compound &&
			    overlap(f, a->place, a->kind == OP_PLACE, st->dst, false)) {
				kind = LF_ASSIGN_WHILE;
				if (already(c, st->range, (int)kind)) continue;
				reserved_loan(c, fact(c, kind, st->range, f->places[st->dst].text), call, i);
				continue;
			}
			if (st->kind != ST_CALL || !st->call->sig) continue;
			const Call *ic = st->call;
			for (int j = 0; j < ic->nargs && j < ic->sig->nparams && !hit; j++) {
				const Operand *b = &ic->args[j];
				Mode m = ic->sig->params[j].annot.mode;
				if ((m != MODE_BORROW_MUT && m != MODE_OWNED) || (b->kind != OP_PLACE && b->kind != OP_ADDR)) continue;
				if (!overlap(f, a->place, a->kind == OP_PLACE, b->place, b->kind == OP_PLACE)) continue;
				hit = b;
				hdetail = arena_printf(&c->u->arena, "parameter '%s' of '%s'", ic->sig->params[j].name,
				                       ic->callee ? ic->callee : "the call");
			}
			if (!hit) continue;
			kind = ma == MODE_BORROW_MUT ? LF_MUT_MUT : LF_MUT_SHARED;
			if (already(c, hit->range, (int)kind)) continue;
			LoanFact *lf = fact(c, kind, hit->range, place_text(c, hit->place, hit->kind == OP_PLACE));
			lf->detail = hdetail;
			lf->action = "mutable";
			reserved_loan(c, lf, call, i);
		}
	}
}

static bool mentions(const Function *f, const Operand *o, int place) {
	if ((o->kind != OP_PLACE && o->kind != OP_ADDR) || o->place < 0) return false;
	for (int p = o->place; p >= 0; p = f->places[p].parent)
		if (p == place) return true;
	return false;
}

/* 7.17: after an OWNED field is moved out through a borrow, is it put back
 * on every path before any other use of it and before the function returns? */
static bool refilled(Ck *c, int b0, int i0, int place) {
	const Function *f = c->f;
	char *seen = xcalloc((size_t)f->nblocks + 1, 1);
	int *stack = xmalloc(sizeof(int) * 2 * (size_t)(f->nblocks + 1));
	int sp = 0;
	stack[sp++] = b0;
	stack[sp++] = i0 + 1;
	bool ok = true;
	while (sp && ok) {
		int start = stack[--sp], b = stack[--sp];
		const Block *blk = &f->blocks[b];
		bool done = false;
		for (int i = start; i < blk->nstmts && !done && ok; i++) {
			const Stmt *s = &blk->stmts[i];
			if (s->kind == ST_ASSIGN && !s->compound && s->dst == place) { done = true; break; }
			if (s->kind == ST_CALL) {
				for (int k = 0; k < s->call->nargs; k++) ok &= !mentions(f, &s->call->args[k], place);
			} else if (s->kind != ST_DEAD) {
				ok &= !mentions(f, &s->src, place);
			}
		}
		if (done || !ok) continue;
		if (blk->term.kind == T_RETURN) { ok = false; break; }
		for (int k = 0; k < df_nsuccessors(blk); k++) {
			int sb = df_successor(blk, k);
			if (!seen[sb]) { seen[sb] = 1; stack[sp++] = sb; stack[sp++] = 0; }
		}
	}
	free(seen);
	free(stack);
	return ok;
}

static void check_field_take(Ck *c, const Stmt *s, Ctx *x) {
	const Function *f = c->f;
	int q = s->src.place;
	const Place *pl = &f->places[q];
	if (pl->kind != PJ_FIELD || pl->annot.mode != MODE_OWNED || pl->parent < 0 ||
	    f->places[pl->parent].kind != PJ_DEREF)
		return;
	bool shared;
	int ptr = borrow_above(f, pl->parent, false, &shared);
	if (ptr < 0 || refilled(c, x->b, x->i, q)) return;
	if (already(c, s->src.range, LF_MOVE_OUT)) return;
	LoanFact *lf = fact(c, LF_MOVE_OUT, s->src.range, pl->text);
	lf->detail = arena_printf(&c->u->arena, "through the borrow '%s', and not put back", f->places[ptr].text);
	lf->has_loan = true;
	lf->loan_at = f->vars[root_var(f, ptr)].decl;
}

static void check_call(Ck *c, const Scope *scope, const Stmt *s, Ctx *x) {
	const Function *f = c->f;
	const Call *call = s->call;
	const Signature *sig = call->sig;
	for (int i = 0; i < call->nargs; i++) {
		const Operand *a = &call->args[i];
		if (a->kind != OP_PLACE && a->kind != OP_ADDR) continue;
		Mode m = sig && i < sig->nparams ? sig->params[i].annot.mode : MODE_NONE;
		bool deref = a->kind == OP_PLACE;
		int via = root_var(f, a->place);
		x->arg = (ArgRef){call, i};
		if (m == MODE_OWNED) {
			move_out(c, a, a->range, x->arg);
			if (a->kind == OP_PLACE) {
				Stmt fake = *s;
				fake.kind = ST_ASSIGN;
				fake.src = *a;
				check_field_take(c, &fake, x);
			}
			if (a->kind == OP_PLACE) check_access(c, scope, AC_MOVE, a->place, false, releases(c->u, call, i) ? call->callee_range : a->range, x, -1);
		} else if (m == MODE_BORROW || m == MODE_BORROW_MUT) {
			if (m == MODE_BORROW_MUT) write_shared(c, a, a->range, x->arg);
			check_access(c, scope, m == MODE_BORROW_MUT ? AC_MUT : AC_SHARED, a->place, deref, a->range, x, via);
			/* two-phase: against the other arguments of this call */
			for (int j = 0; j < i; j++) {
				const Operand *b = &call->args[j];
				Mode mb = sig && j < sig->nparams ? sig->params[j].annot.mode : MODE_NONE;
				if ((b->kind != OP_PLACE && b->kind != OP_ADDR) || !is_borrow_mode(mb)) continue;
				if (m != MODE_BORROW_MUT && mb != MODE_BORROW_MUT) continue;
				if (!overlap(f, b->place, b->kind == OP_PLACE, a->place, deref)) continue;
				/* two restrict parameters (memcpy's): check_restrict decides, by 7.41 */
				if ((sig->params[i].flags & PF_RESTRICT) && j < sig->nparams && (sig->params[j].flags & PF_RESTRICT))
					continue;
				/* p and p + k: different elements unless provably the same (7.41) */
				if (a->offset != b->offset || (a->offset == OFF_KNOWN && a->value != b->value) ||
				    a->offset == OFF_UNKNOWN)
					continue;
				LoanFactKind k = m == MODE_BORROW_MUT && mb == MODE_BORROW_MUT ? LF_MUT_MUT : LF_MUT_SHARED;
				if (already(c, a->range, (int)k)) continue;
				LoanFact *lf = fact(c, k, a->range, place_text(c, a->place, deref));
				lf->action = m == MODE_BORROW_MUT ? "mutable" : "shared";
				lf->first_mut = mb == MODE_BORROW_MUT;
				lf->has_loan = true;
				lf->loan_at = b->range;
				lf->loan_what = place_text(c, b->place, b->kind == OP_PLACE);
				const char *bp = j < sig->nparams ? sig->params[j].name : "";
				lf->loan_by = arena_printf(&c->u->arena, "parameter '%s' of '%s'", bp, call->callee ? call->callee : "the call");
				lf->has_later = true;
				lf->later_at = call->callee_range;
				lf->later_by = arena_printf(&c->u->arena, "the call of '%s'", call->callee ? call->callee : "the function");
			}
		} else if (m == MODE_OUT_OWNED && a->kind == OP_ADDR) {
			check_access(c, scope, AC_WRITE, a->place, false, a->range, x, -1);
		} else {   /* an unchecked borrow of what a pointer points to, or a read of a value */
			bool ptr = a->kind == OP_PLACE && f->places[a->place].is_pointer;
			check_access(c, scope, AC_READ, a->place, ptr, a->range, x, via);
		}
	}
	x->arg = NO_ARG;
	check_reservations(c, call, x);
	check_restrict(c, call, x);
}

/* A loan of a local's own storage (not of what it points to). */
static bool borrows_local(const Ck *c, const Loan *ln, int var) {
	const Var *v = &c->f->vars[var];
	return !ln->deref && !through_pointer(c->f, ln->place) && (v->kind == VK_LOCAL || v->kind == VK_PARAM) &&
	       root_var(c->f, ln->place) == var;
}

/* E0597: the scope of a local ends while a value that borrows it is used
 * later. Pointers are the ownership analysis's (borrow-outlives-owner there);
 * here, the holders it does not follow: structs whose field holds the
 * borrow (an iterator, 7.43), however the borrow got in. */
static void check_scope_end(Ck *c, const Scope *scope, const Stmt *s, Ctx *x) {
	const Function *f = c->f;
	for (int k = 0; k < scope->n; k++) {
		int l = scope->list[k];
		const Loan *ln = &VEC_AT(&c->loans, Loan, l);
		if (!borrows_local(c, ln, s->var) || !f->vars[ln->holder].is_aggregate || !held_by_live(c, l, x->live))
			continue;
		if (c->reported[l]) continue;
		c->reported[l] = true;
		LoanFact *lf = fact(c, LF_DEAD_WHILE, ln->at, f->vars[s->var].name);
		lf->has_loan = true;
		lf->loan_at = s->range;   /* where the scope ends */
		lf->loan_what = f->vars[s->var].name;
		lf->loan_by = f->vars[ln->holder].name;
		lf->has_later = later_use(c, l, x->b, x->i, &lf->later_at, &lf->later_by);
	}
}

/* E0515: the returned value holds a loan of a local (return iter_new(&l)). */
static void check_return_borrower(Ck *c, const Scope *scope, const Stmt *s) {
	const Function *f = c->f;
	int r = root_var(f, s->src.place);
	if (!f->vars[r].is_aggregate) return;   /* returned pointers: the ownership analysis */
	for (int k = 0; k < scope->n; k++) {
		int l = scope->list[k];
		const Loan *ln = &VEC_AT(&c->loans, Loan, l);
		int owner = root_var(f, ln->place);
		if (!holds(c, r, l) || !borrows_local(c, ln, owner) || owner == r) continue;
		LoanFact *lf = fact(c, LF_RETURN_LOCAL, s->range, f->vars[owner].name);
		lf->has_loan = true;
		lf->loan_at = f->vars[owner].decl;
		lf->loan_what = f->vars[owner].name;
		return;
	}
}

static void check_stmt(Ck *c, const Scope *scope, const Stmt *s, Ctx *x) {
	const Function *f = c->f;
	switch (s->kind) {
	case ST_USE:
		if (s->src.kind != OP_PLACE) break;
		if (s->use == USE_WRITE) {
			if (s->access >= 0) write_shared_at(c, s->access, false, s->src.range, NO_ARG);
			else write_shared(c, &s->src, s->src.range, NO_ARG);
		}
		if (s->access >= 0)
			check_access(c, scope, s->use == USE_WRITE ? AC_WRITE : AC_READ, s->access, false, s->src.range, x,
			             root_var(f, s->src.place));
		else
			check_access(c, scope, s->use == USE_WRITE ? AC_WRITE : AC_READ, s->src.place, true, s->src.range, x,
			             root_var(f, s->src.place));
		break;
	case ST_ASSIGN: {
		Annot da = place_annot(f, s->dst);
		bool named = s->src.kind == OP_PLACE && !s->compound && f->vars[root_var(f, s->src.place)].kind != VK_TEMP;
		if (named && da.mode == MODE_OWNED) {
			move_out(c, &s->src, s->src.range, NO_ARG);
			check_field_take(c, s, x);
			check_access(c, scope, AC_MOVE, s->src.place, false, s->src.range, x, -1);
		} else if (named && is_borrow_mode(da.mode)) {
			if (da.mode == MODE_BORROW_MUT) write_shared(c, &s->src, s->src.range, NO_ARG);
			check_access(c, scope, da.mode == MODE_BORROW_MUT ? AC_MUT : AC_SHARED, s->src.place, true,
			             s->src.range, x, root_var(f, s->src.place));
		} else if (named && !f->places[s->dst].is_pointer) {
			/* a read of the value; a pointer copied into an unannotated pointer is
			 * an alias, which takes no part in exclusivity (7.8) */
			check_access(c, scope, AC_READ, s->src.place, false, s->src.range, x, root_var(f, s->src.place));
		} else if (s->src.kind == OP_ADDR && is_borrow_mode(da.mode)) {
			if (da.mode == MODE_BORROW_MUT) write_shared(c, &s->src, s->src.range, NO_ARG);
			check_access(c, scope, da.mode == MODE_BORROW_MUT ? AC_MUT : AC_SHARED, s->src.place, false,
			             s->src.range, x, -1);
		}
		if (s->rmw)   /* x += 1 reads x first: a use, as rustc reports it */
			check_access(c, scope, AC_READ, s->dst, false, s->range, x, f->places[s->dst].kind == PJ_BASE ? -1 : root_var(f, s->dst));
		if (!s->compound || place_annot(f, s->dst).mode == MODE_OWNED)
			check_access(c, scope, AC_WRITE, s->dst, false, s->range, x,
			             f->places[s->dst].kind == PJ_BASE ? -1 : root_var(f, s->dst));
		break;
	}
	case ST_CALL:
		check_call(c, scope, s, x);
		break;
	case ST_RET:
		if (s->src.kind == OP_PLACE && f->sig && f->sig->ret.mode == MODE_OWNED) {
			move_out(c, &s->src, s->src.range, NO_ARG);
			check_field_take(c, s, x);
			check_access(c, scope, AC_MOVE, s->src.place, false, s->src.range, x, -1);
		}
		if (s->src.kind == OP_PLACE) check_return_borrower(c, scope, s);
		break;
	case ST_DEAD:
		check_scope_end(c, scope, s, x);
		break;
	}
}

/* The loans in scope at block b's terminator: those whose holders are live there. */
static void record_term(Ck *c, int b, const BlockLive *bl, const uint64_t *bits) {
	uint64_t *r = c->region + (size_t)ck_point(c, b, c->f->blocks[b].nstmts) * (size_t)c->nw;
	LiveQ q = {bl, c->f->blocks[b].nstmts, NULL};
	int l;
	FOR_BITS(bits, c->nw, l)
		if (held_by_live(c, l, &q)) BIT_SET(r, l);
}

/* --explain-states: the loans in scope after statement i of block b (-1:
 * at its entry), that is, those a holder live after it still needs. */
static void record_point(Ck *c, int b, int i, const Scope *scope, const BlockLive *bl) {
	LoanPoint *pt = vec_push(c->points);
	pt->block = b;
	pt->stmt = i;
	pt->loans = ARENA_ARRAY(&c->u->arena, int, scope->n + 1);
	LiveQ after = {bl, i + 1, NULL};
	for (int k = 0; k < scope->n; k++)
		if (held_by_live(c, scope->list[k], &after)) pt->loans[pt->n++] = scope->list[k];
}

/* Forward: the loans in scope, filtered by their region, checked when `report`. */
static void run_block(Ck *c, int b, uint64_t *bits, bool report) {
	const Function *f = c->f;
	const Block *blk = &f->blocks[b];
	int vw = c->vw;
	if (!c->block_out) {
		c->block_out = xmalloc(sizeof(uint64_t) * (size_t)vw + 8);
		vec_init(&c->block_ev, sizeof(LiveEv));
	}
	if (c->block_scope_cap < c->loans.len + 1) {
		free(c->block_scope);
		c->block_scope_cap = c->loans.len + 1;
		c->block_scope = xmalloc(sizeof(int) * (size_t)c->block_scope_cap);
	}
	c->block_ev.len = 0;
	BlockLive bl = {c->block_ev, c->block_out, 0, c->lidx};
	memcpy(bl.out, c->live_out + (size_t)b * (size_t)vw, sizeof(uint64_t) * (size_t)vw);
	for (bl.pos = 0; bl.pos < blk->nstmts; bl.pos++) stmt_live(c, &blk->stmts[bl.pos], push_ev, &bl);
	if (bl.ev.len > 1) qsort(bl.ev.data, (size_t)bl.ev.len, sizeof(LiveEv), ev_cmp);
	Scope scope = {bits, c->block_scope, 0};
	int l;
	FOR_BITS(bits, c->nw, l) scope.list[scope.n++] = l;
	if (report && c->points) record_point(c, b, -1, &scope, &bl);
	for (int i = 0; i < blk->nstmts; i++) {
		const Stmt *s = &blk->stmts[i];
		int gid = c->stmt_base[b] + i;
		LiveQ before = {&bl, i, NULL};
		int kept = 0;
		for (int k = 0; k < scope.n; k++) {   /* outside its region a loan is over */
			l = scope.list[k];
			if (held_by_live(c, l, &before)) scope.list[kept++] = l;
			else bits[l >> 6] &= ~(1ull << (l & 63));
		}
		scope.n = kept;
		if (c->region) memcpy(c->region + (size_t)ck_point(c, b, i) * (size_t)c->nw, bits, sizeof(uint64_t) * (size_t)c->nw);
		if (report && c->out) {
			/* the action conflicts with a loan whose holder is used here or later */
			LiveQ after = {&bl, i + 1, s->kind == ST_CALL ? s->call : NULL};
			Ctx x = {b, i, &after, {NULL, -1}};
			check_stmt(c, &scope, s, &x);
		}
		for (int k = c->made_start[gid]; k < c->made_start[gid + 1]; k++) {
			l = c->made_loans[k];
			if (BIT_TEST(bits, l)) continue;
			BIT_SET(bits, l);
			int at = scope.n++;   /* kept in index order, as the bits were */
			for (; at > 0 && scope.list[at - 1] > l; at--) scope.list[at] = scope.list[at - 1];
			scope.list[at] = l;
		}
		if (report && c->points) record_point(c, b, i, &scope, &bl);
	}
	if (c->region) record_term(c, b, &bl, bits);
	c->block_ev = bl.ev;   /* as grown */
}

/* Step 1, and the statement numbering everything else uses. */
static void ck_init(Ck *c, Unit *u, const Function *f, Vec *out) {
	memset(c, 0, sizeof *c);
	c->u = u;
	c->f = f;
	c->out = out;
	vec_init(&c->loans, sizeof(Loan));
	vec_init(&c->seen_at, sizeof(long long));
	c->stmt_base = xmalloc(sizeof(int) * (size_t)(f->nblocks + 1));
	int g = 0;
	for (int b = 0; b < f->nblocks; b++) { c->stmt_base[b] = g; g += f->blocks[b].nstmts; }
	c->stmt_base[f->nblocks] = g;
	collect_loans(c);
}

/* Whether f has anything for step 4 besides loans: restrict and borrow-mode checks. */
static bool any_mode(const Function *f) {
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_CALL && s->call->sig) {
				for (int k = 0; k < s->call->sig->nparams; k++)
					if (s->call->sig->params[k].annot.mode != MODE_NONE || (s->call->sig->params[k].flags & PF_RESTRICT))
						return true;
			} else if (s->kind == ST_USE || s->kind == ST_ASSIGN || s->kind == ST_RET) {
				if (s->src.kind == OP_PLACE && place_annot(f, s->src.place).mode != MODE_NONE) return true;
			}
		}
	return false;
}

static void mark_field_sensitive(Ck *c) {
	for (int v = 0; c->held_in && v < c->f->nvars; v++) {
		HeldIn *h = &c->held_in[v];
		if (h->whole || !h->n || !c->f->vars[v].is_aggregate || !c->holds[v].n) continue;
		h->sensitive = true;
		for (int k = 0; k < c->holds[v].n && h->sensitive; k++)
			h->sensitive = VEC_AT(&c->loans, Loan, c->holds[v].l[k]).dangling_only;
	}
}

/* Steps 2 and 3: holders and liveness. */
static void ck_analyze(Ck *c) {
	c->nw = (c->loans.len + 63) / 64 + 1;
	c->holds = xcalloc((size_t)c->f->nvars + 1, sizeof(LoanSet));
	c->reported = xcalloc((size_t)c->loans.len + 1, sizeof(bool));
	compute_holders(c);
	mark_field_sensitive(c);
	index_loans(c);
	compute_liveness(c);
}

/* The null side of `if (p)` for a holder p: a NULL pointer borrows
 * nothing, so a loan p holds, and no other holder live past the branch,
 * is over there (json-c: p = strchr(buf, '.'); if (!p) strcat(buf, ".0");
 * if (p) *++p = 0;). Rust's borrow checker reads p's type, not its value,
 * and would reject this; C code is correct so, and ownck cries no wolf on
 * it. Sets kill (nw words) and returns the null successor, or -1. */
static int null_edge_kills(const Ck *c, int b, const uint64_t *cur, uint64_t *kill) {
	const Function *f = c->f;
	const Term *t = &f->blocks[b].term;
	if (t->kind != T_BRANCH || t->succ[0] == t->succ[1] || t->cond.kind != OP_PLACE || t->cond.offset != OFF_NONE ||
	    t->cond.place < 0 || f->places[t->cond.place].kind != PJ_BASE || !f->places[t->cond.place].is_pointer)
		return -1;
	int p = f->places[t->cond.place].var;
	if (c->lidx[p] < 0) return -1;
	const uint64_t *out = c->live_out + (size_t)b * (size_t)c->vw;
	bool any = false;
	memset(kill, 0, sizeof(uint64_t) * (size_t)c->nw);
	int l;
	FOR_BITS(cur, c->nw, l) {
		if (!holds(c, p, l)) continue;
		bool alone = true;
		for (int k = c->holder_start[l]; k < c->holder_start[l + 1] && alone; k++) {
			int v = c->holder_vars[k];
			alone = v == p || !BIT_TEST(out, c->lidx[v]);
		}
		if (alone) BIT_SET(kill, l), any = true;
	}
	return any ? t->succ[1] : -1;
}

/* The forward dataflow of loans in scope, into in (nblocks x nw, zeroed); a
 * handful of passes reach the fixpoint. false when over the unit's budget. */
static bool ck_scopes(Ck *c, uint64_t *in) {
	const Function *f = c->f;
	uint64_t *cur = xmalloc(sizeof(uint64_t) * (size_t)c->nw + 8);
	uint64_t *kill = xmalloc(sizeof(uint64_t) * (size_t)c->nw + 8);
	long long work = 0;
	bool done = true;
	for (bool changed = true; changed && done;) {
		changed = false;
		for (int b = 0; b < f->nblocks; b++) {
			memcpy(cur, in + (size_t)b * (size_t)c->nw, sizeof(uint64_t) * (size_t)c->nw);
			run_block(c, b, cur, false);
			work += 8 * ((long long)c->nw + c->vw + f->blocks[b].nstmts);   /* the bytes a block pass touches, roughly */
			if (c->u->budget && work > c->u->budget) { done = false; break; }
			const Block *blk = &f->blocks[b];
			int null_succ = null_edge_kills(c, b, cur, kill);
			for (int k = 0; k < df_nsuccessors(blk); k++) {
				int to = df_successor(blk, k);
				uint64_t *d = in + (size_t)to * (size_t)c->nw;
				for (int w = 0; w < c->nw; w++) {
					uint64_t v = to == null_succ ? cur[w] & ~kill[w] : cur[w];
					if ((d[w] | v) != d[w]) { d[w] |= v; changed = true; }
				}
			}
		}
	}
	free(cur);
	free(kill);
	return done;
}

/* One more pass over every block from its fixpoint in-set: checking, or recording regions. */
static void ck_final_pass(Ck *c, const uint64_t *in, bool report) {
	uint64_t *cur = xmalloc(sizeof(uint64_t) * (size_t)c->nw + 8);
	for (int b = 0; b < c->f->nblocks; b++) {
		memcpy(cur, in + (size_t)b * (size_t)c->nw, sizeof(uint64_t) * (size_t)c->nw);
		run_block(c, b, cur, report);
	}
	free(cur);
}

static void ck_free(Ck *c) {
	for (int v = 0; c->holds && v < c->f->nvars; v++) free(c->holds[v].l);
	free(c->holds);
	free(c->reported);
	free(c->live_out);
	free(c->holder_start);
	free(c->holder_vars);
	free(c->made_start);
	free(c->made_loans);
	free(c->lidx);
	for (int v = 0; c->held_in && v < c->f->nvars; v++) free(c->held_in[v].fields);
	free(c->held_in);
	free(c->region);
	free(c->stmt_base);
	vec_free(&c->loans);
	vec_free(&c->seen_at);
	if (c->block_out) vec_free(&c->block_ev);
	free(c->block_out);
	free(c->block_scope);
}

bool loans_check(Unit *u, const Function *f, Vec *out) {
	if (f->skipped || !f->nblocks) return true;
	Ck c;
	ck_init(&c, u, f, out);
	bool done = true;
	if (c.loans.len || any_mode(f)) {
		ck_analyze(&c);
		uint64_t *in = xcalloc((size_t)f->nblocks * (size_t)c.nw + 1, sizeof(uint64_t));
		done = ck_scopes(&c, in);
		if (done) ck_final_pass(&c, in, true);
		free(in);
	}
	ck_free(&c);
	return done;
}

bool loans_explain(Unit *u, const Function *f, Vec *loans, Vec *points) {
	if (f->skipped || !f->nblocks) return true;
	Ck c;
	ck_init(&c, u, f, NULL);
	c.points = points;
	int before = points->len;
	bool done = true;
	ck_analyze(&c);
	uint64_t *in = xcalloc((size_t)f->nblocks * (size_t)c.nw + 1, sizeof(uint64_t));
	done = ck_scopes(&c, in);
	if (done) ck_final_pass(&c, in, true);
	free(in);
	if (!done) points->len = before;
	for (int l = 0; done && l < c.loans.len; l++) {
		const Loan *ln = &VEC_AT(&c.loans, Loan, l);
		LoanInfo *li = vec_push(loans);
		li->place = ln->place;
		li->deref = ln->deref;
		li->mut = ln->mut;
		li->what = place_text(&c, ln->place, ln->deref);
		li->by = ln->by;
		li->at = ln->at;
	}
	ck_free(&c);
	return done;
}

/* ---- the lifetime graph as Graphviz DOT (--dump-lifetimes) ----
 *
 * The CFG of --dump-cfg with, on each statement's row, the loans in scope
 * there (their NLL regions); a node per loan with its region spelled out;
 * the outlives constraints the signature's LIFETIME tags (or elision) state;
 * and, in red, the unit's borrow and lifetime diagnostics in this function.
 * The diagnostics are read from u->diags, so the picture shows exactly what
 * the rules reported (before suppression comments and configuration). */

/* Loan colours: told apart from each other and from the red of conflicts. */
static const char *const loan_colors[] = {"#1f77b4", "#2ca02c", "#9467bd", "#8c564b",
                                          "#e377c2", "#17becf", "#7f7f00", "#ff7f0e"};
static const char *loan_color(int l) { return loan_colors[l % 8]; }

/* A conflict drawn: a diagnostic, and the point it is at (b < 0: none). */
typedef struct Mark { const Diag *d; int b, i; } Mark;

/* A loan for the duration of a call: argument arg of the call at point (b, i). */
typedef struct CallLoan { int b, i, arg; } CallLoan;

typedef struct Dump {
	Ck *c;
	FILE *out;
	Vec marks;      /* Mark */
	Vec call_loans; /* CallLoan, numbered after c->loans */
	bool regions;   /* the loans' regions were computed (not over the budget) */
} Dump;

static bool same_loc(const Ck *c, SrcRange r, const DiagLoc *at) {
	if (!r.line || r.line != at->line || r.col != at->col) return false;
	DiagLoc l = unit_loc(c->u, r);
	return l.file && at->file && !strcmp(l.file, at->file);
}

/* at lies inside r (same file). */
static bool inside(const Ck *c, SrcRange r, const DiagLoc *at) {
	if (!r.line) return false;
	DiagLoc l = unit_loc(c->u, r);
	bool after_start = at->line > l.line || (at->line == l.line && at->col >= l.col);
	bool before_end = at->line < l.end_line || (at->line == l.end_line && at->col < l.end_col);
	return after_start && before_end && l.file && at->file && !strcmp(l.file, at->file);
}

/* Point (b, i) is where at is: exactly at one of its operands, or (loose) anywhere in it. */
static bool point_at(const Ck *c, int b, int i, const DiagLoc *at, bool loose) {
	const Block *blk = &c->f->blocks[b];
	if (i == blk->nstmts)
		return loose ? inside(c, blk->term.range, at) : same_loc(c, blk->term.range, at) || same_loc(c, blk->term.cond.range, at);
	const Stmt *s = &blk->stmts[i];
	if (loose) return inside(c, s->range, at);
	if (same_loc(c, s->range, at) || same_loc(c, s->src.range, at)) return true;
	for (int k = 0; s->kind == ST_CALL && k < s->call->nargs; k++)
		if (same_loc(c, s->call->args[k].range, at)) return true;
	return s->kind == ST_CALL && same_loc(c, s->call->callee_range, at);
}

static void mark_point(const Ck *c, Mark *m) {
	m->b = m->i = -1;
	for (int loose = 0; loose < 2 && m->b < 0; loose++)
		for (int b = 0; b < c->f->nblocks && m->b < 0; b++)
			for (int i = 0; i <= c->f->blocks[b].nstmts; i++)
				if (point_at(c, b, i, &m->d->at, loose)) { m->b = b; m->i = i; break; }
}

/* The borrow and lifetime diagnostics of this function, once per rule and place. */
static void collect_marks(Dump *d) {
	const Vec *diags = &d->c->u->diags;
	for (int k = 0; k < diags->len; k++) {
		const Diag *g = &VEC_AT(diags, Diag, k);
		if (!g->function || strcmp(g->function, d->c->f->name)) continue;
		if (g->rule < R_MUT_BORROW_CONFLICT || g->rule > R_LIFETIME_MISMATCH) continue;
		bool dup = false;
		for (int j = 0; j < d->marks.len && !dup; j++) {
			const Diag *o = VEC_AT(&d->marks, Mark, j).d;
			dup = o->rule == g->rule && o->at.line == g->at.line && o->at.col == g->at.col && !strcmp(o->at.file, g->at.file);
		}
		if (dup) continue;
		Mark *m = vec_push(&d->marks);
		m->d = g;
		mark_point(d->c, m);
	}
}

/* Some note of g is at r: the loan it blames, the declaration it names
 * (not a later use, which comes after the action and blames no loan). */
static bool noted_at(const Ck *c, const Diag *g, SrcRange r) {
	for (int n = 0; n < g->nnotes; n++)
		if (!g->notes[n].after && same_loc(c, r, &g->notes[n].at)) return true;
	return false;
}

static const char *rule_name(const Diag *g) { return rule_info(g->rule)->id; }

static const Operand *call_arg(const Dump *d, const CallLoan *cl) {
	return &d->c->f->blocks[cl->b].stmts[cl->i].call->args[cl->arg];
}

/* Statement gid already makes a loan at r: the argument a result keeps. */
static bool made_at(const Ck *c, int gid, SrcRange r) {
	for (int k = c->made_start[gid]; k < c->made_start[gid + 1]; k++) {
		SrcRange at = VEC_AT(&c->loans, Loan, c->made_loans[k]).at;
		if (at.line == r.line && at.col == r.col) return true;
	}
	return false;
}

/* The BORROW / BORROW_MUT arguments of calls that no result keeps: loans for
 * the call only (two-phase: reserved at the argument, active when it starts). */
static void collect_call_loans(Dump *d) {
	const Function *f = d->c->f;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) {
			const Call *call = f->blocks[b].stmts[i].kind == ST_CALL ? f->blocks[b].stmts[i].call : NULL;
			for (int k = 0; call && call->sig && k < call->nargs && k < call->sig->nparams; k++) {
				const Operand *a = &call->args[k];
				if (!is_borrow_mode(call->sig->params[k].annot.mode) || (a->kind != OP_PLACE && a->kind != OP_ADDR) ||
				    made_at(d->c, d->c->stmt_base[b] + i, a->range))
					continue;
				CallLoan *cl = vec_push(&d->call_loans);
				cl->b = b;
				cl->i = i;
				cl->arg = k;
			}
		}
}

/* Some note of a diagnostic blames a loan made at r. */
static bool blames(const Dump *d, SrcRange r) {
	for (int k = 0; k < d->marks.len; k++)
		if (noted_at(d->c, VEC_AT(&d->marks, Mark, k).d, r)) return true;
	return false;
}

/* Where loan n (persistent or for a call) is made. */
static SrcRange loan_at(const Dump *d, int n) {
	if (n < d->c->loans.len) return VEC_AT(&d->c->loans, Loan, n).at;
	return call_arg(d, &VEC_AT(&d->call_loans, CallLoan, n - d->c->loans.len))->range;
}

static int nloans(const Dump *d) { return d->c->loans.len + d->call_loans.len; }

static const uint64_t *region_at(const Dump *d, int b, int i) {
	return d->c->region + (size_t)ck_point(d->c, b, i) * (size_t)d->c->nw;
}

/* A row's right cell: the loans in scope, the loans made here (+), the rules broken here. */
static void row_loans(const Dump *d, int b, int i) {
	const Ck *c = d->c;
	int l;
	if (d->regions) {
		FOR_BITS(region_at(d, b, i), c->nw, l) fprintf(d->out, "<font color=\"%s\">L%d</font> ", loan_color(l), l);
		int gid = c->stmt_base[b] + i;
		for (int k = i < c->f->blocks[b].nstmts ? c->made_start[gid] : 0;
		     i < c->f->blocks[b].nstmts && k < c->made_start[gid + 1]; k++)
			fprintf(d->out, "<font color=\"%s\"><b>+L%d</b></font> ", loan_color(c->made_loans[k]), c->made_loans[k]);
	}
	for (int k = 0; k < d->call_loans.len; k++) {
		const CallLoan *cl = &VEC_AT(&d->call_loans, CallLoan, k);
		int n = c->loans.len + k;
		if (cl->b == b && cl->i == i) fprintf(d->out, "<font color=\"%s\"><b>+L%d</b></font> ", loan_color(n), n);
	}
	for (int k = 0; k < d->marks.len; k++) {
		const Mark *m = &VEC_AT(&d->marks, Mark, k);
		if (m->b == b && m->i == i) fprintf(d->out, "<font color=\"red\"><b>%s</b></font> ", rule_name(m->d));
	}
}

static bool marked(const Dump *d, int b, int i) {
	for (int k = 0; k < d->marks.len; k++)
		if (VEC_AT(&d->marks, Mark, k).b == b && VEC_AT(&d->marks, Mark, k).i == i) return true;
	return false;
}

/* One row per statement and one for the terminator, [i] as in bb1[i]; red where a rule was broken. */
static void dump_block(const Dump *d, int b) {
	FILE *out = d->out;
	fprintf(out, "  bb%d [shape=plain, label=<<table border=\"%d\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"2\">\n",
	        b, b == 0 ? 2 : 1);
	fprintf(out, "    <tr><td align=\"left\" colspan=\"2\"><b>bb%d</b></td></tr>\n", b);
	for (int i = 0; i <= d->c->f->blocks[b].nstmts; i++) {
		bool red = marked(d, b, i);
		const char *bg = red ? " bgcolor=\"#ffe0e0\"" : "";
		fprintf(out, "    <tr><td port=\"s%d\" align=\"left\"%s><font color=\"%s\">[%d] ", i, bg, red ? "red" : "black", i);
		ir_dot_stmt(out, d->c->f, b, i, true);
		fprintf(out, "</font></td><td align=\"left\"%s>", bg);
		row_loans(d, b, i);
		fputs("</td></tr>\n", out);
	}
	fputs("  </table>>];\n", out);
	ir_dot_edges(out, d->c->f, b);
}

/* Where loan l is in scope, as rustc's MIR names points: bb2 (the whole
 * block), bb1[3..5], bb4[0]. */
static const char *region_text(const Dump *d, int l) {
	const Ck *c = d->c;
	Arena *a = &c->u->arena;
	const char *s = "";
	for (int b = 0; b < c->f->nblocks; b++) {
		int n = c->f->blocks[b].nstmts + 1, count = 0;
		for (int i = 0; i < n; i++) count += (int)BIT_TEST(region_at(d, b, i), l);
		if (count == n) s = arena_printf(a, "%s%sbb%d", s, *s ? ", " : "", b);
		for (int i = 0; i < n && count < n; i++) {
			if (!BIT_TEST(region_at(d, b, i), l)) continue;
			int j = i;
			while (j + 1 < n && BIT_TEST(region_at(d, b, j + 1), l)) j++;
			s = j > i ? arena_printf(a, "%s%sbb%d[%d..%d]", s, *s ? ", " : "", b, i, j)
			          : arena_printf(a, "%s%sbb%d[%d]", s, *s ? ", " : "", b, i);
			i = j;
		}
	}
	return s;
}

/* The point that makes loan l. */
static void loan_point(const Ck *c, int l, int *b, int *i) {
	int gid = VEC_AT(&c->loans, Loan, l).gid;
	for (*b = 0; *b + 1 < c->f->nblocks && c->stmt_base[*b + 1] <= gid; ++*b) continue;
	*i = gid - c->stmt_base[*b];
}

/* The named variables that may hold loan l (its holders), besides the one it is stored in. */
static const char *other_holders(const Ck *c, int l) {
	const Loan *ln = &VEC_AT(&c->loans, Loan, l);
	const char *s = "";
	for (int k = c->holder_start[l]; k < c->holder_start[l + 1]; k++) {
		const Var *v = &c->f->vars[c->holder_vars[k]];
		if (c->holder_vars[k] == ln->holder || v->kind == VK_TEMP || v->kind == VK_LITERAL) continue;
		s = arena_printf(&c->u->arena, "%s%s'%s'", s, *s ? ", " : "", v->name);
	}
	return s;
}

/* For a loan made by a call whose result borrows the argument: what ties them. */
static const char *tie_text(const Ck *c, int b, int i) {
	const Stmt *s = &c->f->blocks[b].stmts[i];
	if (s->kind != ST_CALL || !s->call->sig) return "";
	const Signature *sig = s->call->sig;
	const char *lt = is_borrow_mode(sig->ret.mode) ? sig->ret.lifetime : sig->ret_borrower_lt;
	const char *callee = s->call->callee ? s->call->callee : "the call";
	return lt ? arena_printf(&c->u->arena, "'%s' returns a borrow of this argument: LIFETIME(%s)\n", callee, lt)
	          : arena_printf(&c->u->arena, "'%s' returns a borrow of this argument (elided lifetime)\n", callee);
}

/* The loan's node: what is borrowed, how, where, by whom, and its region. */
static const char *loan_label(const Dump *d, int l, int b, int i) {
	Ck *c = d->c;
	const Loan *ln = &VEC_AT(&c->loans, Loan, l);
	Arena *a = &c->u->arena;
	const char *place = place_text(c, ln->place, ln->deref);
	const char *s = arena_printf(a, "L%d: &%s%s (%s) at %d:%d, bb%d[%d]\nheld by %s\n", l, ln->mut ? "mut " : "", place,
	                             ln->mut ? "BORROW_MUT" : "BORROW", ln->at.line, ln->at.col, b, i, ln->by);
	s = arena_printf(a, "%s%s", s, tie_text(c, b, i));
	const char *more = other_holders(c, l);
	if (*more) s = arena_printf(a, "%salso held by %s (copied)\n", s, more);
	if (!d->regions) return s;
	const char *r = region_text(d, l);
	return arena_printf(a, "%s%s%s\n", s, *r ? "live at " : "live nowhere: no holder is used after it", r);
}

static void dump_loan(const Dump *d, int l) {
	const Ck *c = d->c;
	FILE *out = d->out;
	bool bad = blames(d, VEC_AT(&c->loans, Loan, l).at);
	int b, i;
	loan_point(c, l, &b, &i);
	const char *col = bad ? "red" : loan_color(l);
	fprintf(out, "  L%d [shape=box, style=\"rounded,filled\", fillcolor=\"%s\", color=\"%s\", fontcolor=\"%s\", penwidth=%d, label=\"",
	        l, bad ? "#ffe0e0" : "white", col, col, bad ? 2 : 1);
	ir_dot_escape(out, loan_label(d, l, b, i), false);
	fputs("\"];\n", out);
	fprintf(out, "  L%d -> bb%d:s%d [color=\"%s\", label=\"borrow\", fontcolor=\"%s\"];\n", l, b, i, col, col);
	for (int k = 0; d->regions && k < c->f->nblocks; k++) {   /* dotted: the other blocks of its region */
		bool live = false;
		for (int j = 0; j <= c->f->blocks[k].nstmts && !live; j++) live = BIT_TEST(region_at(d, k, j), l);
		if (live && k != b)
			fprintf(out, "  L%d -> bb%d [style=dotted, color=\"%s\", arrowhead=none, constraint=false];\n", l, k, col);
	}
}

/* A call's loan: the argument, the parameter it is lent to, the call. */
static void dump_call_loan(const Dump *d, int k) {
	Ck *c = d->c;
	const CallLoan *cl = &VEC_AT(&d->call_loans, CallLoan, k);
	const Call *call = c->f->blocks[cl->b].stmts[cl->i].call;
	const Operand *a = call_arg(d, cl);
	bool mut = call->sig->params[cl->arg].annot.mode == MODE_BORROW_MUT, bad = blames(d, a->range);
	int n = c->loans.len + k;
	const char *col = bad ? "red" : loan_color(n);
	fprintf(d->out, "  L%d [shape=box, style=\"rounded,filled\", fillcolor=\"%s\", color=\"%s\", fontcolor=\"%s\", penwidth=%d, label=\"",
	        n, bad ? "#ffe0e0" : "white", col, col, bad ? 2 : 1);
	const char *param = *call->sig->params[cl->arg].name ? call->sig->params[cl->arg].name : "?";
	ir_dot_escape(d->out, arena_printf(&c->u->arena, "L%d: &%s%s (%s) at %d:%d, bb%d[%d]\nlent to parameter '%s' of '%s'\nlive for the call only\n",
	                                   n, mut ? "mut " : "", place_text(c, a->place, a->kind == OP_PLACE),
	                                   mut ? "BORROW_MUT" : "BORROW", a->range.line, a->range.col, cl->b, cl->i, param,
	                                   call->callee ? call->callee : "the call"), false);
	fputs("\"];\n", d->out);
	fprintf(d->out, "  L%d -> bb%d:s%d [color=\"%s\", label=\"borrow\", fontcolor=\"%s\"];\n", n, cl->b, cl->i, col, col);
}

/* ---- the signature's regions and their outlives constraints ---- */

/* The region of parameter p: its LIFETIME name, or "" when elided. */
static const char *param_region(const Function *f, int p) {
	const Annot *a = &f->vars[p].annot;
	return a->lifetime ? a->lifetime : "";
}

/* The first borrowed parameter with region name lt (lt "" never matches: each elided one is its own). */
static int first_with_region(const Function *f, const char *lt) {
	for (int p = 0; p < f->nparams; p++)
		if (is_borrow_mode(f->vars[p].annot.mode) && *lt && !strcmp(param_region(f, p), lt)) return p;
	return -1;
}

/* One node per region of the signature (a LIFETIME name, or an elided
 * parameter), named R<first parameter>, listing the parameters in it. */
static void dump_param_regions(const Dump *d) {
	const Function *f = d->c->f;
	for (int p = 0; p < f->nparams; p++) {
		const char *lt = param_region(f, p);
		if (!is_borrow_mode(f->vars[p].annot.mode) || (*lt && first_with_region(f, lt) != p)) continue;
		fprintf(d->out, "    R%d [label=\"'", p);
		ir_dot_escape(d->out, *lt ? lt : "_ (elided)", false);
		fputs("\\nparameter", d->out);
		for (int q = p; q < f->nparams; q++) {
			if (q != p && (!*lt || first_with_region(f, param_region(f, q)) != p)) continue;
			fprintf(d->out, " %s ", mode_macro(f->vars[q].annot.mode));
			ir_dot_escape(d->out, f->vars[q].name, false);
		}
		fputs("\"];\n", d->out);
	}
}

/* The result's region, and what outlives it: the parameters LIFETIME ties
 * it to ('a: 'result), 'static, or by elision the only borrowed parameter. */
static void dump_result_region(const Dump *d) {
	const Function *f = d->c->f;
	const Signature *sig = f->sig;
	if (!sig || (!is_borrow_mode(sig->ret.mode) && !sig->ret_borrower)) return;
	const char *lt = is_borrow_mode(sig->ret.mode) ? sig->ret.lifetime : sig->ret_borrower_lt;
	fputs("    RET [label=\"'", d->out);
	ir_dot_escape(d->out, lt ? lt : "_", false);
	fputs("\\nresult of ", d->out);
	ir_dot_escape(d->out, f->name, false);
	fprintf(d->out, " (%s)\"];\n", sig->ret_borrower ? "a struct holding a borrow" : mode_macro(sig->ret.mode));
	if (lt && !strcmp(lt, "static")) {
		fputs("    STATIC [label=\"'static\\nstatic storage, string literals\"];\n", d->out);
		fputs("    STATIC -> RET [label=\"'static: 'result\"];\n", d->out);
		return;
	}
	int tied = lt ? first_with_region(f, lt) : tied_arg(sig);
	if (tied < 0) return;
	fprintf(d->out, "    R%d -> RET [label=\"", tied);
	if (lt) {
		ir_dot_escape(d->out, arena_printf(&d->c->u->arena, "'%s: 'result", lt), false);
	} else {
		fputs("outlives the result (elided)", d->out);
	}
	fputs("\"];\n", d->out);
}

static bool has_regions(const Function *f) {
	for (int p = 0; p < f->nparams; p++)
		if (is_borrow_mode(f->vars[p].annot.mode)) return true;
	return f->sig && (is_borrow_mode(f->sig->ret.mode) || f->sig->ret_borrower);
}

static void dump_regions(const Dump *d) {
	if (!has_regions(d->c->f)) return;
	fputs("  subgraph cluster_regions {\n    label=\"regions of the signature: an edge 'a -> 'b is 'a: 'b ('a outlives 'b)\";\n"
	      "    style=dashed; fontsize=10;\n    node [shape=ellipse];\n", d->out);
	dump_param_regions(d);
	dump_result_region(d);
	fputs("  }\n", d->out);
}

/* ---- conflicts ---- */

/* The diagnostic's notes that are at a statement, but not at the loan
 * they blame (the later use that keeps the loan alive): an edge to it. */
static void dump_notes(const Dump *d, int k) {
	const Mark *m = &VEC_AT(&d->marks, Mark, k);
	const Ck *c = d->c;
	for (int n = 0; n < m->d->nnotes; n++) {
		const Note *note = &m->d->notes[n];
		bool loan = false;
		for (int l = 0; l < nloans(d) && !loan && !note->after; l++) loan = same_loc(c, loan_at(d, l), &note->at);
		Mark at = {m->d, -1, -1};
		for (int b = 0; b < c->f->nblocks && !loan && at.b < 0; b++)
			for (int i = 0; i <= c->f->blocks[b].nstmts; i++)
				if (point_at(c, b, i, &note->at, false)) { at.b = b; at.i = i; break; }
		if (at.b < 0) continue;
		/* drawn from the block, backwards: graphviz 2.43 mislays a labelled
		 * constraint=false edge into a port ("Arrow type unknown") */
		fprintf(d->out, "  bb%d:s%d -> C%d [dir=back, color=red, style=dashed, fontcolor=red, label=\"", at.b, at.i, k);
		ir_dot_escape(d->out, note->msg, false);
		fputs("\"];\n", d->out);
	}
}

/* A red note per diagnostic: its rule and message, an edge to the statement
 * where it is, from the loan it conflicts with, and to the regions it names. */
static void dump_mark(const Dump *d, int k) {
	const Mark *m = &VEC_AT(&d->marks, Mark, k);
	const Ck *c = d->c;
	const Function *f = c->f;
	const RuleInfo *r = rule_info(m->d->rule);
	fprintf(d->out, "  C%d [shape=note, color=red, fontcolor=red, penwidth=2, label=\"", k);
	ir_dot_escape(d->out, arena_printf(&c->u->arena, "%s%s%s%s\n%s\nat %d:%d\n", r->id, r->rust ? " [" : "",
	                                   r->rust ? r->rust : "", r->rust ? "]" : "", m->d->msg, m->d->at.line, m->d->at.col), false);
	fputs("\"];\n", d->out);
	if (m->b >= 0) fprintf(d->out, "  bb%d:s%d -> C%d [color=red, penwidth=2, arrowhead=none];\n", m->b, m->i, k);
	for (int l = 0; l < nloans(d); l++)
		if (noted_at(c, m->d, loan_at(d, l)))
			fprintf(d->out, "  L%d -> C%d [color=red, style=dashed, label=\"conflicts\", fontcolor=red, constraint=false];\n", l, k);
	dump_notes(d, k);
	if (!has_regions(f)) return;
	for (int p = 0; p < f->nparams; p++)
		if (is_borrow_mode(f->vars[p].annot.mode) && noted_at(c, m->d, f->vars[p].decl)) {
			int node = *param_region(f, p) ? first_with_region(f, param_region(f, p)) : p;
			fprintf(d->out, "  R%d -> C%d [color=red, style=dashed, constraint=false];\n", node, k);
		}
	if (f->sig && (is_borrow_mode(f->sig->ret.mode) || f->sig->ret_borrower) && noted_at(c, m->d, f->name_range))
		fprintf(d->out, "  RET -> C%d [color=red, style=dashed, constraint=false];\n", k);
}

static void dump_header(const Dump *d) {
	FILE *out = d->out;
	fputs("digraph \"", out);
	ir_dot_escape(out, d->c->f->name, false);
	fputs("\" {\n  graph [fontname=\"monospace\", fontsize=12, labelloc=t, label=\"lifetimes of ", out);
	ir_dot_escape(out, d->c->f->name, false);
	fputs("\"];\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n  edge [fontname=\"monospace\", fontsize=9];\n", out);
	fputs("  legend [shape=note, fontsize=9, label=\"Ln: loan n is in scope at this point (its NLL region)\\l"
	      "+Ln: loan n is created by this statement (for a call's argument: for the call only)\\lred: a borrow or lifetime rule is broken here\\l\"];\n", out);
}

/* Steps 1-3, then the forward pass again, recording each point's loans. */
static void dump_analyze(Dump *d) {
	Ck *c = d->c;
	ck_analyze(c);
	uint64_t *in = xcalloc((size_t)c->f->nblocks * (size_t)c->nw + 1, sizeof(uint64_t));
	d->regions = ck_scopes(c, in);
	if (d->regions) {
		c->region = xcalloc((ck_point(c, c->f->nblocks - 1, c->f->blocks[c->f->nblocks - 1].nstmts) + 1) * (size_t)c->nw,
		                    sizeof(uint64_t));
		ck_final_pass(c, in, false);
	}
	free(in);
}

void loans_dump(Unit *u, const Function *f, void *file) {
	Dump d = {NULL, file, {0}, {0}, false};
	Ck c;
	ck_init(&c, u, f, NULL);
	d.c = &c;
	dump_header(&d);
	if (f->skipped || !f->nblocks) {
		if (f->skipped) ir_dot_skipped(file, f);
		else fputs("}\n", d.out);
		ck_free(&c);
		return;
	}
	dump_analyze(&d);
	if (!d.regions) fputs("  budget [label=\"over --function-budget: the regions were not computed\"];\n", d.out);
	vec_init(&d.marks, sizeof(Mark));
	vec_init(&d.call_loans, sizeof(CallLoan));
	collect_marks(&d);
	collect_call_loans(&d);
	for (int b = 0; b < f->nblocks; b++) dump_block(&d, b);
	for (int l = 0; l < c.loans.len; l++) dump_loan(&d, l);
	for (int k = 0; k < d.call_loans.len; k++) dump_call_loan(&d, k);
	dump_regions(&d);
	for (int k = 0; k < d.marks.len; k++) dump_mark(&d, k);
	fputs("}\n", d.out);
	vec_free(&d.marks);
	vec_free(&d.call_loans);
	ck_free(&c);
}
