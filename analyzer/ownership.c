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
#include <stdlib.h>
#include <string.h>
#include "ownership.h"
#include "dataflow.h"

enum {
	OS_UNINIT   = 1,    /* no value yet, or storage gone */
	OS_OWNED    = 2,    /* a live, non-null owned value */
	OS_NULL     = 4,
	OS_MOVED    = 8,    /* moved out (non-null) */
	OS_RELEASED = 16,   /* released (non-null, dangling) */
	OS_OTHER    = 32,   /* something ownck does not own: borrowed, escaped, unknown */
};

enum { SITE_ARG_NONE = 63 };

typedef struct VState {
	uint8_t mask;
	uint8_t strict;          /* under an annotation or a signature: errors, not warnings */
	uint8_t offkind;         /* OFF_*: pointer arithmetic since the allocation */
	int32_t offset;
	int32_t alias;           /* the alias class's representative (a tracked index) */
	int32_t link;            /* realloc: restored on the null side of this tracked index */
	int32_t sites[OWN_MAX_SITES];   /* move/release sites, ascending, -1 = none */
} VState;

typedef struct Own {
	Unit *u;
	const Function *f;
	int ntracked;
	int *track;              /* place -> tracked index, or -1 */
	int *place_of;           /* tracked index -> place */
	int *stmt_base;          /* block -> global index of its first statement */
	Vec *out;                /* OwnFact, when reporting */
	Vec reported;            /* long long: (tracked, first site) already reported */
	int gid;                 /* global index of the statement being stepped */
	int *cond_of;            /* place -> condition bit, or -1 */
	int ncond;
	int max_facets;
	bool summary;            /* inferring a summary: pointer parameters start owned */
	uint64_t released;       /* summary: parameters released on every path so far */
	uint64_t kept;           /* summary: parameters that reached an exit not released */
} Own;

/* ---- which places are tracked ---- */

static bool through_deref(const Function *f, int p) {
	for (; f->places[p].parent >= 0; p = f->places[p].parent)
		if (f->places[p].kind == PJ_DEREF || f->places[p].kind == PJ_INDEX) return true;
	return false;
}

static bool is_tracked_place(const Function *f, int p) {
	const Place *pl = &f->places[p];
	if (!pl->is_pointer) return false;
	const Var *v = &f->vars[pl->var];
	if (pl->kind == PJ_BASE) return v->kind != VK_GLOBAL && v->kind != VK_STATIC;
	if (pl->kind != PJ_FIELD) return false;
	if (pl->annot.mode == MODE_OWNED) return true;
	/* s.f of a local struct: a slot the function fully controls */
	return !through_deref(f, p) && v->kind != VK_GLOBAL && v->kind != VK_STATIC;
}

static void index_places(Own *o) {
	const Function *f = o->f;
	o->track = xmalloc(sizeof(int) * (size_t)(f->nplaces ? f->nplaces : 1));
	o->place_of = xmalloc(sizeof(int) * (size_t)(f->nplaces ? f->nplaces : 1));
	o->ntracked = 0;
	for (int p = 0; p < f->nplaces; p++) {
		o->track[p] = -1;
		if (is_tracked_place(f, p)) {
			o->track[p] = o->ntracked;
			o->place_of[o->ntracked++] = p;
		}
	}
	o->stmt_base = xmalloc(sizeof(int) * (size_t)(f->nblocks + 1));
	int g = 0;
	for (int b = 0; b < f->nblocks; b++) {
		o->stmt_base[b] = g;
		g += f->blocks[b].nstmts;
	}
	o->stmt_base[f->nblocks] = g;
}

static int tracked(const Own *o, const Operand *op) {
	if (op->kind != OP_PLACE || op->place < 0) return -1;
	return o->track[op->place];
}

static const Stmt *stmt_of(const Own *o, int gid) {
	int lo = 0, hi = o->f->nblocks - 1;
	while (lo < hi) {   /* the last block whose base is <= gid */
		int mid = (lo + hi + 1) / 2;
		if (o->stmt_base[mid] <= gid) lo = mid;
		else hi = mid - 1;
	}
	while (lo < o->f->nblocks && o->f->blocks[lo].nstmts == 0) lo++;
	for (int b = lo; b < o->f->nblocks; b++)
		if (gid < o->stmt_base[b + 1]) return &o->f->blocks[b].stmts[gid - o->stmt_base[b]];
	return NULL;
}

/* ---- states ---- */

static void set_fresh(VState *v, int self, uint8_t mask, bool strict) {
	v->mask = mask;
	v->strict = strict;
	v->offkind = OFF_NONE;
	v->offset = 0;
	v->alias = self;
	v->link = -1;
	for (int i = 0; i < OWN_MAX_SITES; i++) v->sites[i] = -1;
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
	}
}

static bool join_vs(const Own *o, VState *d, const VState *s) {
	bool changed = false;
	for (int t = 0; t < o->ntracked; t++) {
		VState old = d[t];
		d[t].mask |= s[t].mask;
		d[t].strict |= s[t].strict;
		if (d[t].alias != s[t].alias) d[t].alias = t;
		if (d[t].link != s[t].link) d[t].link = -1;
		if (d[t].offkind != s[t].offkind || d[t].offset != s[t].offset) {
			if (d[t].offkind != OFF_NONE || s[t].offkind != OFF_NONE) d[t].offkind = OFF_UNKNOWN;
		}
		for (int i = 0; i < OWN_MAX_SITES && s[t].sites[i] >= 0; i++) add_site(&d[t], s[t].sites[i]);
		if (memcmp(&old, &d[t], sizeof old)) changed = true;
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

static size_t vs_size(const Own *o) { return sizeof(VState) * (size_t)(o->ntracked ? o->ntracked : 1); }
static size_t facet_size(const Own *o) { return sizeof(FacetHdr) + vs_size(o); }
static size_t state_size(const Own *o) { return sizeof(int32_t) * 2 + facet_size(o) * (size_t)o->max_facets; }
static int32_t *nfacets(void *state) { return state; }
static FacetHdr *facet_hdr(const Own *o, void *state, int i) {
	return (FacetHdr *)((char *)state + sizeof(int32_t) * 2 + facet_size(o) * (size_t)i);
}
static VState *facet_vs(const Own *o, void *state, int i) { return (VState *)(facet_hdr(o, state, i) + 1); }

static void entry_state(void *ctx, void *state) {
	Own *o = ctx;
	memset(state, 0, state_size(o));
	*nfacets(state) = 1;
	entry_vs(o, facet_vs(o, state, 0));
}

static int facet_cmp(const FacetHdr *a, const FacetHdr *b) {
	if (a->known != b->known) return a->known < b->known ? -1 : 1;
	if (a->value != b->value) return a->value < b->value ? -1 : 1;
	return 0;
}

/* Sorts facets and merges those with the same valuation. */
static void normalize(Own *o, void *state) {
	int n = *nfacets(state);
	size_t fs = facet_size(o);
	char *tmp = xmalloc(fs);
	for (int i = 1; i < n; i++)   /* insertion sort: n is tiny */
		for (int j = i; j > 0 && facet_cmp(facet_hdr(o, state, j - 1), facet_hdr(o, state, j)) > 0; j--) {
			memcpy(tmp, facet_hdr(o, state, j), fs);
			memcpy(facet_hdr(o, state, j), facet_hdr(o, state, j - 1), fs);
			memcpy(facet_hdr(o, state, j - 1), tmp, fs);
		}
	free(tmp);
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

static bool join_states(void *ctx, void *dst, const void *src) {
	Own *o = ctx;
	void *s = (void *)src;
	bool changed = false;
	for (int i = 0; i < *nfacets(s); i++) {
		FacetHdr *sh = facet_hdr(o, s, i);
		int n = *nfacets(dst), k;
		for (k = 0; k < n && facet_cmp(facet_hdr(o, dst, k), sh); k++) {}
		if (k < n) {
			changed |= join_vs(o, facet_vs(o, dst, k), facet_vs(o, s, i));
			continue;
		}
		changed = true;
		if (n == o->max_facets) {   /* merge into the widest facet */
			collapse(o, dst);
			FacetHdr *h0 = facet_hdr(o, dst, 0);
			h0->known &= sh->known & ~(h0->value ^ sh->value);
			h0->value &= h0->known;
			join_vs(o, facet_vs(o, dst, 0), facet_vs(o, s, i));
			continue;
		}
		memcpy(facet_hdr(o, dst, n), sh, facet_size(o));
		*nfacets(dst) = n + 1;
	}
	if (changed) normalize(o, dst);
	return changed;
}

/* A condition local changed: its value is unknown in every facet. */
static void forget_cond(Own *o, void *state, int bit) {
	if (bit < 0) return;
	for (int i = 0; i < *nfacets(state); i++) {
		facet_hdr(o, state, i)->known &= ~(1u << bit);
		facet_hdr(o, state, i)->value &= ~(1u << bit);
	}
	normalize(o, state);
}

/* Every member of t's alias class, t included. */
#define FOR_CLASS(o, st, t, m) \
	for (int m = 0; m < (o)->ntracked; m++) \
		if (m == (t) || ((st)[m].alias == (st)[t].alias && (st)[t].alias != -1 && \
		                 !((st)[m].mask & OS_UNINIT && (st)[m].mask == OS_UNINIT)))

/* t stops sharing a class: members that used t as representative re-root. */
static void leave_class(Own *o, VState *st, int t) {
	int new_root = -1;
	for (int m = 0; m < o->ntracked; m++) {
		if (m == t || st[m].alias != t) continue;
		if (new_root < 0) new_root = m;
		st[m].alias = new_root;
	}
	st[t].alias = t;
}

/* Field places reached through `var` describe the old object once var changes. */
static void forget_fields_of(Own *o, VState *st, int var) {
	for (int m = 0; m < o->ntracked; m++) {
		int p = o->place_of[m];
		if (o->f->places[p].kind == PJ_BASE || o->f->places[p].var != var) continue;
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
	Arena *a = &o->u->arena;
	memset(s, 0, sizeof *s);
	if (!st) return;
	s->at = st->range;
	if (st->kind == ST_CALL) {
		const Call *c = st->call;
		s->callee = c->callee ? c->callee : "a function pointer";
		s->kind = releases_arg(o->u, c, arg) ? SITE_RELEASE : SITE_MOVE_PARAM;
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

static void report(Own *o, const VState *v, int t, FactKind k, UseHow how, SrcRange at, const char *callee) {
	if (!o->out || v->sites[0] < 0) return;
	/* one report per value and move history, as rustc does */
	long long key = ((long long)t << 32) ^ (long long)v->sites[0] ^ ((long long)k << 60);
	for (int i = 0; i < o->reported.len; i++)
		if (VEC_AT(&o->reported, long long, i) == key) return;
	*(long long *)vec_push(&o->reported) = key;
	OwnFact *fct = vec_push(o->out);
	fct->kind = k;
	fct->how = how;
	fct->what = o->f->places[o->place_of[t]].text;
	if (o->f->vars[o->f->places[o->place_of[t]].var].kind == VK_TEMP) {   /* name a named alias */
		for (int m = 0; m < o->ntracked; m++) {
			const Place *pl = &o->f->places[o->place_of[m]];
			if (m != t && o->f->vars[pl->var].kind != VK_TEMP && v[m - t].alias == v->alias /* v is &st[t] */) {
				fct->what = pl->text;
				break;
			}
		}
	}
	fct->function = o->f->name;
	fct->callee = callee;
	fct->at = at;
	fct->strict = v->strict;
	fct->released_before = v->mask & OS_RELEASED;
	for (int i = 0; i < OWN_MAX_SITES && v->sites[i] >= 0; i++) {
		OwnSite s;
		describe_site(o, v->sites[i], &s, at);
		fct->sites[fct->nsites++] = s;
	}
}

/* A use of t's value: an error if it was moved or released on some path. */
static void check_use(Own *o, VState *st, int t, SrcRange at, UseHow how) {
	if (t < 0) return;
	uint8_t m = st[t].mask;
	if (m & OS_RELEASED) report(o, &st[t], t, FACT_USE_RELEASED, how, at, NULL);
	else if (m & OS_MOVED) report(o, &st[t], t, FACT_USE_MOVED, how, at, NULL);
}

/* ---- events ---- */

static void escape(Own *o, VState *st, int t) {
	if (t < 0 || st[t].strict) return;
	FOR_CLASS(o, st, t, m) {
		if (st[m].mask & OS_OWNED) st[m].mask = (uint8_t)((st[m].mask & ~OS_OWNED) | OS_OTHER);
	}
}

static void move_out(Own *o, VState *st, int t, int site, bool strict) {
	FOR_CLASS(o, st, t, m) {
		if (st[m].mask & OS_OWNED) {
			st[m].mask = (uint8_t)((st[m].mask & ~OS_OWNED) | OS_MOVED);
			add_site(&st[m], site);
			st[m].strict |= strict;
		}
	}
}

static void release(Own *o, VState *st, int t, const Operand *arg, const Call *c, int site) {
	if (arg->offset != OFF_NONE && !(arg->offset == OFF_KNOWN && arg->value == 0)) return;
	if (st[t].offkind != OFF_NONE && !(st[t].offkind == OFF_KNOWN && st[t].offset == 0)) return;
	if (st[t].mask & (OS_RELEASED | OS_MOVED))
		report(o, &st[t], t, FACT_RELEASE_AGAIN, HOW_MOVE, c->callee_range, c->callee);
	/* Even a value ownck did not own (escaped, borrowed, unknown) dangles
	 * after this: later uses are certain bugs. A second release is reported
	 * only after a release ownck saw, never after what an unknown callee
	 * might have done. */
	FOR_CLASS(o, st, t, m) {
		if (st[m].mask & (OS_OWNED | OS_MOVED | OS_RELEASED | OS_OTHER)) {
			st[m].mask = (uint8_t)((st[m].mask & ~(OS_OWNED | OS_MOVED | OS_OTHER)) | OS_RELEASED);
			add_site(&st[m], site);
		}
	}
}

/* Does the call release its i-th argument: a model deallocator, realloc's
 * first argument, or a function of this unit whose body releases it. */
static bool releases_arg(const Unit *u, const Call *c, int i) {
	if (c->sig && i < c->sig->nparams && c->sig->params[i].annot.mode == MODE_OWNED &&
	    ((c->sig->params[i].flags & PF_RELEASES) || (c->sig->realloc_like && i == 0)))
		return true;
	if (!c->defined_here || i >= 64) return false;
	uintptr_t mask = (uintptr_t)map_get(&u->releases, c->callee);
	return mask && ((mask - 1) >> i) & 1;
}

/* The callee is known when a model or an annotation describes it, or its
 * body is in this unit. */
static bool known_callee(const Call *c) {
	return c->sig && (c->sig->from_model || c->sig->annotated);
}

static bool known_or_summarized(const Unit *u, const Call *c) {
	return known_callee(c) || (c->defined_here && map_get(&u->releases, c->callee));
}

static void call_arg(Own *o, VState *st, const Call *c, int i) {
	const Operand *a = &c->args[i];
	const Param *p = c->sig && i < c->sig->nparams ? &c->sig->params[i] : NULL;
	Mode mode = p ? p->annot.mode : MODE_NONE;
	int site = site_id(o, i);
	if (a->kind == OP_ADDR) {   /* &x: the callee may write x */
		int x = o->track[a->place];
		if (x < 0) return;
		if (mode == MODE_OUT_OWNED) {
			leave_class(o, st, x);
			set_fresh(&st[x], x, OS_OWNED | OS_NULL, !c->sig->from_model || st[x].strict);
			return;
		}
		check_use(o, st, x, a->range, HOW_BORROW);
		if (mode == MODE_BORROW_MUT && (p->flags & PF_PTR_TO_PTR)) {   /* an owning slot (7.34) */
			if (st[x].mask & (OS_OWNED | OS_NULL)) st[x].mask |= OS_OWNED | OS_NULL;
			return;
		}
		if (mode == MODE_BORROW) return;
		leave_class(o, st, x);
		set_fresh(&st[x], x, OS_OTHER, false);
		return;
	}
	int t = tracked(o, a);
	if (t < 0) return;
	if (releases_arg(o->u, c, i)) {
		release(o, st, t, a, c, site);
		return;
	}
	if (mode == MODE_OWNED) {
		check_use(o, st, t, a->range, HOW_MOVE);
		move_out(o, st, t, site, !c->sig->from_model);
		return;
	}
	check_use(o, st, t, a->range, mode == MODE_BORROW || mode == MODE_BORROW_MUT ? HOW_BORROW : HOW_USE);
	if (mode == MODE_NONE && !known_or_summarized(o->u, c)) escape(o, st, t);
}

static void step_call(Own *o, VState *st, const Stmt *s) {
	const Call *c = s->call;
	for (int i = 0; i < c->nargs; i++) call_arg(o, st, c, i);
	int d = s->dst >= 0 ? o->track[s->dst] : -1;
	if (d < 0) return;
	leave_class(o, st, d);
	if (c->sig && c->sig->ret.mode == MODE_OWNED) {
		set_fresh(&st[d], d, OS_OWNED | OS_NULL, !c->sig->from_model);
		if (c->sig->realloc_like && c->nargs > 0) {
			int a0 = tracked(o, &c->args[0]);
			if (a0 >= 0) FOR_CLASS(o, st, a0, m) if (st[m].mask & OS_RELEASED) st[m].link = d;
		}
	} else {
		set_fresh(&st[d], d, OS_OTHER, false);
	}
}

static bool is_owner_slot(const Function *f, int place) {
	return f->places[place].annot.mode == MODE_OWNED;
}

static void step_assign(Own *o, VState *st, const Stmt *s) {
	const Function *f = o->f;
	int d = o->track[s->dst];
	int t = tracked(o, &s->src);
	if (s->compound) {   /* p += k: same allocation, new offset */
		if (d >= 0 && s->src.offset == OFF_KNOWN && st[d].offkind != OFF_UNKNOWN) {
			st[d].offset += (int32_t)s->src.value;
			st[d].offkind = st[d].offset ? OFF_KNOWN : OFF_NONE;
		} else if (d >= 0) {
			st[d].offkind = OFF_UNKNOWN;
		}
		return;
	}
	bool into_temp = f->vars[f->places[s->dst].var].kind == VK_TEMP;
	if (t >= 0 && !into_temp) check_use(o, st, t, s->src.range, HOW_USE);
	bool into_owner = is_owner_slot(f, s->dst);
	if (d < 0) {   /* a place ownck does not follow: a global, *p, p->f */
		if (t < 0) return;
		if (into_owner) move_out(o, st, t, site_id(o, -1), true);
		else escape(o, st, t);
		return;
	}
	const Place *dp = &f->places[s->dst];
	if (dp->kind == PJ_BASE) forget_fields_of(o, st, dp->var);
	if (t == d) return;
	leave_class(o, st, d);
	if (t < 0) {
		uint8_t mask = s->src.kind == OP_NULL || (s->src.kind == OP_CONST && !s->src.value) ? OS_NULL : OS_OTHER;
		set_fresh(&st[d], d, mask, into_owner);
		return;
	}
	VState v = st[t];
	bool temp = f->vars[f->places[o->place_of[t]].var].kind == VK_TEMP;
	st[d] = v;
	st[d].link = -1;
	if (s->src.offset == OFF_KNOWN && v.offkind != OFF_UNKNOWN) {
		st[d].offset = v.offset + (int32_t)s->src.value;
		st[d].offkind = st[d].offset ? OFF_KNOWN : OFF_NONE;
	} else if (s->src.offset == OFF_UNKNOWN) {
		st[d].offkind = OFF_UNKNOWN;
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
	st[d].alias = v.alias;   /* an alias of the same allocation */
}

static void step(Own *o, VState *st, const Stmt *s) {
	switch (s->kind) {
	case ST_ASSIGN:
		step_assign(o, st, s);
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
		int t = tracked(o, &s->src);
		if (t < 0) break;
		check_use(o, st, t, s->src.range, HOW_USE);
		if (o->f->sig && o->f->sig->ret.mode == MODE_OWNED) move_out(o, st, t, site_id(o, -1), true);
		else escape(o, st, t);
		break;
	}
	case ST_DEAD: {
		/* parameters are the first variables, and each one's base place has its index */
		if (o->summary && s->var < o->f->nparams && s->var < 64) {
			int t = o->track[s->var];
			if (t >= 0) {
				uint8_t m = st[t].mask;
				if ((m & OS_RELEASED) && !(m & ~(OS_RELEASED | OS_NULL))) o->released |= 1ull << s->var;
				else o->kept |= 1ull << s->var;
			}
		}
		for (int m = 0; m < o->ntracked; m++) {
			if (o->f->places[o->place_of[m]].var != s->var) continue;
			leave_class(o, st, m);
			set_fresh(&st[m], m, OS_UNINIT, false);
		}
		break;
	}
	}
}

static int cond_bit(const Own *o, const Operand *op) {
	if (op->kind != OP_PLACE || op->place < 0 || op->offset != OFF_NONE) return -1;
	return o->cond_of[op->place];
}

static void transfer(void *ctx, int b, void *state) {
	Own *o = ctx;
	const Block *blk = &o->f->blocks[b];
	for (int i = 0; i < blk->nstmts; i++) {
		const Stmt *s = &blk->stmts[i];
		o->gid = o->stmt_base[b] + i;
		for (int k = 0; k < *nfacets(state); k++) step(o, facet_vs(o, state, k), s);
		int bit = -1;
		if (s->kind == ST_ASSIGN) bit = o->cond_of[s->dst];
		else if (s->kind == ST_DEAD) {
			for (int p = 0; p < o->f->nplaces; p++)
				if (o->f->places[p].kind == PJ_BASE && o->f->places[p].var == s->var) bit = o->cond_of[p];
		}
		if (bit < 0) continue;
		forget_cond(o, state, bit);
		if (s->kind == ST_ASSIGN && s->src.kind == OP_CONST && !s->compound) {   /* flag = 1; */
			for (int k = 0; k < *nfacets(state); k++) {
				FacetHdr *h = facet_hdr(o, state, k);
				h->known |= 1u << bit;
				if (s->src.value) h->value |= 1u << bit;
			}
			normalize(o, state);
		}
	}
}

/* `if (p)`: p is non-null on the first edge and null on the second, and so
 * is every alias of it. realloc's argument is owned again where its result
 * is null. Returns false when the facet cannot take the edge. */
static bool refine_pointer(Own *o, VState *st, const Term *t, int succ) {
	int c = tracked(o, &t->cond);
	if (c < 0 || t->cond.offset == OFF_UNKNOWN) return true;
	bool nonnull = succ == 0;
	FOR_CLASS(o, st, c, m) {
		uint8_t keep = nonnull ? (uint8_t)~OS_NULL : (OS_NULL | OS_OTHER | OS_UNINIT);
		uint8_t nm = st[m].mask & keep;
		if (!nm) return false;
		st[m].mask = nm;
	}
	for (int m = 0; m < o->ntracked; m++) {
		if (st[m].link != c) continue;
		if (!nonnull && (st[m].mask & OS_RELEASED))
			st[m].mask = (uint8_t)((st[m].mask & ~OS_RELEASED) | OS_OWNED);
		st[m].link = -1;
	}
	return true;
}

static bool edge(void *ctx, int b, int succ, void *state) {
	Own *o = ctx;
	const Term *t = &o->f->blocks[b].term;
	if (t->kind != T_BRANCH) return true;
	int bit = cond_bit(o, &t->cond);
	uint32_t m = bit >= 0 ? 1u << bit : 0, want = succ == 0 ? m : 0;
	int out = 0, n = *nfacets(state);
	for (int i = 0; i < n; i++) {
		FacetHdr *h = facet_hdr(o, state, i);
		if (m && (h->known & m) && (h->value & m) != want) continue;   /* the other way only */
		if (!refine_pointer(o, facet_vs(o, state, i), t, succ)) continue;
		h->known |= m;
		h->value = (h->value & ~m) | want;
		if (out != i) memcpy(facet_hdr(o, state, out), h, facet_size(o));
		out++;
	}
	*nfacets(state) = out;
	if (!out) return false;
	normalize(o, state);
	return true;
}

/* Condition locals: non-pointer locals tested more than once (or tested and
 * set to constants), whose address is never taken. */
static void index_conditions(Own *o) {
	const Function *f = o->f;
	o->cond_of = xmalloc(sizeof(int) * (size_t)(f->nplaces ? f->nplaces : 1));
	int *tests = xcalloc((size_t)(f->nplaces ? f->nplaces : 1), sizeof(int));
	bool *addr = xcalloc((size_t)(f->nvars ? f->nvars : 1), sizeof(bool));
	for (int b = 0; b < f->nblocks; b++) {
		const Block *blk = &f->blocks[b];
		for (int i = 0; i < blk->nstmts; i++) {
			const Stmt *s = &blk->stmts[i];
			if (s->src.kind == OP_ADDR) addr[f->places[s->src.place].var] = true;
			if (s->kind == ST_ASSIGN && s->src.kind == OP_CONST) tests[s->dst]++;
			if (s->kind == ST_CALL)
				for (int k = 0; k < s->call->nargs; k++)
					if (s->call->args[k].kind == OP_ADDR) addr[f->places[s->call->args[k].place].var] = true;
		}
		if (blk->term.kind == T_BRANCH && blk->term.cond.kind == OP_PLACE && blk->term.cond.offset == OFF_NONE)
			tests[blk->term.cond.place] += 2;
	}
	o->ncond = 0;
	for (int p = 0; p < f->nplaces; p++) {
		o->cond_of[p] = -1;
		const Place *pl = &f->places[p];
		const Var *v = &f->vars[pl->var];
		if (pl->kind != PJ_BASE || pl->is_pointer || addr[pl->var] || tests[p] < 3 || o->ncond == 32) continue;
		if (v->kind != VK_LOCAL && v->kind != VK_PARAM) continue;
		o->cond_of[p] = o->ncond++;
	}
	free(tests);
	free(addr);
	size_t fs = sizeof(FacetHdr) + sizeof(VState) * (size_t)(o->ntracked ? o->ntracked : 1);
	o->max_facets = o->ncond ? (int)(32768 / fs) : 1;
	if (o->max_facets > 16) o->max_facets = 16;
	if (o->max_facets < 1) o->max_facets = 1;
}

/* Solves f and replays every reachable block once from its fixpoint state
 * (reporting when o->out is set). */
static void run(Own *o) {
	vec_init(&o->reported, sizeof(long long));
	index_places(o);
	index_conditions(o);
	Dataflow d = {o->f, state_size(o), o, entry_state, transfer, edge, join_states};
	DfResult r;
	df_forward(&d, &r);
	void *st = xmalloc(state_size(o));
	for (int b = 0; b < o->f->nblocks; b++) {
		if (!r.reached[b]) continue;
		memcpy(st, r.in + (size_t)b * state_size(o), state_size(o));
		transfer(o, b, st);
	}
	free(st);
	df_free(&r);
	free(o->track);
	free(o->place_of);
	free(o->stmt_base);
	free(o->cond_of);
	vec_free(&o->reported);
}

void ownership_analyze(Unit *u, const Function *f, Vec *out) {
	if (f->skipped || !f->nblocks) return;
	Own o = {0};
	o.u = u;
	o.f = f;
	o.out = out;
	run(&o);
}

static uint64_t released_params(Unit *u, const Function *f) {
	if (f->skipped || !f->nblocks || !f->nparams) return 0;
	Own o = {0};
	o.u = u;
	o.f = f;
	o.summary = true;
	run(&o);
	return o.released & ~o.kept;
}

/* Callees before callers (post-order over calls to functions of this unit),
 * so that a deallocator built on another deallocator is seen as one. */
void ownership_summarize(Unit *u) {
	int n = u->funcs.len;
	Map index;
	map_init(&index);
	for (int i = 0; i < n; i++)
		map_put(&index, VEC_AT(&u->funcs, Function *, i)->name, (void *)(uintptr_t)(i + 1));
	char *state = xcalloc((size_t)(n ? n : 1), 1);   /* 0 new, 1 on stack, 2 done */
	int *stack = xmalloc(sizeof(int) * (size_t)(n ? n : 1) * 2);
	for (int root = 0; root < n; root++) {
		if (state[root]) continue;
		int sp = 0;
		stack[sp++] = root;
		stack[sp++] = 0;   /* next block to scan for calls */
		state[root] = 1;
		while (sp) {
			int fi = stack[sp - 2], next = -1;
			const Function *f = VEC_AT(&u->funcs, Function *, fi);
			for (int b = stack[sp - 1]; b < f->nblocks && next < 0; b++, stack[sp - 1] = b)
				for (int k = 0; k < f->blocks[b].nstmts && next < 0; k++) {
					const Stmt *s = &f->blocks[b].stmts[k];
					if (s->kind != ST_CALL || !s->call->defined_here) continue;
					int ci = (int)(uintptr_t)map_get(&index, s->call->callee) - 1;
					if (ci >= 0 && !state[ci]) next = ci;
				}
			if (next >= 0) {
				state[next] = 1;
				stack[sp++] = next;
				stack[sp++] = 0;
				continue;
			}
			uint64_t mask = released_params(u, f);
			if (mask) map_put(&u->releases, f->name, (void *)(uintptr_t)(mask + 1));
			state[fi] = 2;
			sp -= 2;
		}
	}
	free(state);
	free(stack);
	map_free(&index);
}
