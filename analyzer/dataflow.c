/*
 * dataflow.c - forward worklist solver. Blocks are visited in reverse
 * post-order, and a block is re-queued only when its entry state grows, so
 * acyclic code converges in one pass and loops in a few.
 */
#include <stdlib.h>
#include <string.h>
#include "dataflow.h"

int df_nsuccessors(const Block *b) {
	switch (b->term.kind) {
	case T_GOTO: return 1;
	case T_BRANCH: return 2;
	case T_SWITCH: return b->term.ncases + 1;
	default: return 0;
	}
}

int df_successors(const Block *b, int *out, int max) {
	int n = df_nsuccessors(b);
	for (int i = 0; i < n && i < max; i++) out[i] = df_successor(b, i);
	return n < max ? n : max;
}

int df_successor(const Block *b, int i) {
	return b->term.kind == T_SWITCH ? b->term.targets[i] : b->term.succ[i];
}

/* Reverse post-order by an explicit-stack DFS (no recursion: functions can be huge). */
static int *rpo_order(const Function *f, int *count) {
	int n = f->nblocks;
	int *order = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
	int *stack = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
	int *next = xcalloc((size_t)(n ? n : 1), sizeof(int));
	char *seen = xcalloc((size_t)(n ? n : 1), 1);
	int sp = 0, k = n;
	if (n) { stack[sp++] = 0; seen[0] = 1; }
	while (sp) {
		int b = stack[sp - 1];
		const Block *blk = &f->blocks[b];
		if (next[b] < df_nsuccessors(blk)) {
			int s = df_successor(blk, next[b]++);
			if (!seen[s]) { seen[s] = 1; stack[sp++] = s; }
		} else {
			order[--k] = b;
			sp--;
		}
	}
	/* order[k..n) holds the reachable blocks in RPO */
	int m = n - k;
	memmove(order, order + k, sizeof(int) * (size_t)m);
	free(stack);
	free(next);
	free(seen);
	*count = m;
	return order;
}

static size_t used(const Dataflow *d, const void *state) {
	return d->used ? d->used(d->ctx, state) : d->state_size;
}

void df_forward(const Dataflow *d, DfResult *r) {
	const Function *f = d->fn;
	int n = f->nblocks;
	size_t sz = d->state_size ? d->state_size : 1;
	r->in = xcalloc((size_t)(n ? n : 1), sizeof *r->in);
	arena_init(&r->states);
	r->n = n;
	r->reached = xcalloc((size_t)(n ? n : 1), sizeof(bool));
	r->iterations = 0;
	r->gave_up = false;
	if (!n) return;
	long long work = 0;
	/* Each block's state is stored at the size it uses, not at state_size:
	 * a function with thousands of blocks would otherwise touch (and have the
	 * kernel zero) megabytes it never reads. */
	size_t *cap = xcalloc((size_t)n, sizeof *cap);
	int *npred = xcalloc((size_t)n, sizeof(int));   /* edges into each block */
	for (int b = 0; b < n; b++)
		for (int i = 0; i < df_nsuccessors(&f->blocks[b]); i++) npred[df_successor(&f->blocks[b], i)]++;
	int m;
	int *order = rpo_order(f, &m);
	int *rank = xmalloc(sizeof(int) * (size_t)n);
	for (int i = 0; i < n; i++) rank[i] = -1;
	for (int i = 0; i < m; i++) rank[order[i]] = i;
	/* the worklist is a bitmap over RPO ranks, scanned from a moving minimum */
	unsigned char *queued = xcalloc((size_t)m, 1);
	unsigned char *cur = xmalloc(sz), *edge = xmalloc(sz);
	d->entry(d->ctx, cur);
	cap[0] = used(d, cur);
	r->in[0] = arena_memdup(&r->states, cur, cap[0]);
	r->reached[0] = true;
	queued[0] = 1;
	int lo = 0, pending = 1;
	while (pending) {
		while (!queued[lo]) lo++;
		int b = order[lo];
		queued[lo] = 0;
		pending--;
		r->iterations++;
		size_t u = used(d, r->in[b]);
		work += (long long)u * (2 + df_nsuccessors(&f->blocks[b]));
		if (d->budget && work > d->budget) { r->gave_up = true; break; }
		memcpy(cur, r->in[b], u);
		d->transfer(d->ctx, b, cur);
		const Block *blk = &f->blocks[b];
		int ns = df_nsuccessors(blk);
		bool plain = !d->edge || (d->plain_edges && d->plain_edges(d->ctx, b, cur));
		for (int i = 0; i < ns; i++) {
			int s = df_successor(blk, i);
			BORROW_MUT unsigned char *e = cur;   /* the last edge may refine cur itself: it is not read again */
			if (!plain && i < ns - 1) {
				e = edge;
				memcpy(e, cur, used(d, cur));
			}
			if (!plain && !d->edge(d->ctx, b, i, e)) continue;
			bool changed;
			size_t eu = used(d, e);
			if (!r->reached[s]) {
				/* a join point gets room for its first join's growth up front:
				 * reallocating would copy the state */
				size_t room = npred[s] > 1 ? 2 * eu : eu;
				if (room > sz) room = sz;
				cap[s] = room > eu ? room : eu;
				r->in[s] = arena_raw(&r->states, cap[s]);
				memcpy(r->in[s], e, eu);
				r->reached[s] = true;
				changed = true;
			} else {
				/* used(dst) + used(src) bounds any join; only a block short of
				 * that asks join_size for the exact growth */
				size_t need = used(d, r->in[s]) + eu;
				if (need > sz) need = sz;
				if (cap[s] < need && d->join_size) need = d->join_size(d->ctx, r->in[s], e);
				if (need > sz) need = sz;
				if (cap[s] < need) {   /* geometric: a loop head gains a facet at a time */
					size_t grown = cap[s] * 2 < sz ? cap[s] * 2 : sz;
					unsigned char *old = r->in[s];   /* left in the arena: growth is geometric */
					r->in[s] = arena_raw(&r->states, grown > need ? grown : need);
					memcpy(r->in[s], old, cap[s]);
					cap[s] = grown > need ? grown : need;
				}
				changed = d->join(d->ctx, s, r->in[s], e);
			}
			int rs = rank[s];
			if (changed && rs >= 0 && !queued[rs]) {
				queued[rs] = 1;
				pending++;
				if (rs < lo) lo = rs;
			}
		}
	}
	free(cap);
	free(npred);
	free(order);
	free(rank);
	free(queued);
	free(cur);
	free(edge);
}

void df_free(DfResult *r) {
	arena_free(&r->states);
	free(r->in);
	free(r->reached);
	r->in = NULL;
	r->reached = NULL;
}
