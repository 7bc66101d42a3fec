/*
 * program.c - the whole-program call graph: resolving calls across units,
 * Tarjan's strongly connected components (callees come out first), the
 * bottom-up summaries on a pool of threads, and stack depths.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include "program.h"

enum {
	MAX_ROUNDS = 8,             /* computations per member after which a cycle still changing stays unknown */
	SUMMARY_STACK = 64 << 20,   /* the dataflow does not recurse; address space only */
};

#define AMBIGUOUS ((void *)-1)

/* ---- building the graph ---- */

/* One definition in two units: a file the build compiles twice with other
 * flags (mosquitto's memory_mosq.c, for the library and for the broker).
 * Calls go to the first; two definitions from two places are ambiguous. */
static bool same_definition(const ProgFn *a, const ProgFn *b) {
	return a->at.file && b->at.file && a->at.line == b->at.line && a->at.col == b->at.col && !strcmp(a->at.file, b->at.file);
}

static void add_functions(Program *p, Map *external, Map *local) {
	int n = 0;
	for (int i = 0; i < p->nunits; i++) n += p->units[i]->funcs.len;
	p->fns = ARENA_ARRAY(&p->arena, ProgFn, n);
	for (int i = 0; i < p->nunits; i++) {
		map_init(&local[i]);
		if (!p->units[i]->from_cache) {   /* a previous program's, when the cache sent us round again */
			map_free(&p->units[i]->summaries);
			map_init(&p->units[i]->summaries);
		}
		for (int k = 0; k < p->units[i]->funcs.len; k++) {
			const Function *f = VEC_AT(&p->units[i]->funcs, Function *, k);
			ProgFn *fn = &p->fns[p->nfns];
			fn->name = f->name;
			fn->unit = i;
			fn->f = f;
			fn->at = unit_loc(p->units[i], f->name_range);
			fn->unbounded_at = unit_loc(p->units[i], f->unbounded_at);
			fn->next = -1;
			const Summary *given = p->units[i]->from_cache ? map_get(&p->units[i]->summaries, f->name) : NULL;
			fn->fixed = p->units[i]->from_cache;
			if ((fn->has_sum = given != NULL)) fn->sum = *given;
			map_put(&local[i], f->name, (void *)(uintptr_t)(p->nfns + 1));
			if (!f->is_static) {
				void *prev = map_get(external, f->name);
				if (!prev) map_put(external, f->name, (void *)(uintptr_t)(p->nfns + 1));
				else if (prev != AMBIGUOUS && !same_definition(&p->fns[(uintptr_t)prev - 1], fn)) map_put(external, f->name, AMBIGUOUS);
			}
			p->nfns++;
		}
	}
}

static int resolve(const Map *external, const Map *local, const Call *c) {
	if (!c->callee) return -1;
	void *v = map_get(c->defined_here ? local : external, c->callee);
	return v && v != AMBIGUOUS ? (int)(uintptr_t)v - 1 : -1;
}

/* Each function's distinct callees (in body order) and every call site of
 * each function, in two passes: count, then fill. Each call is resolved
 * once (a name lookup per call was most of the cost). */
static void add_calls(Program *p, const Map *external, const Map *local) {
	int *seen = xmalloc(sizeof(int) * (size_t)(p->nfns ? p->nfns : 1));
	long long total = 0;
	for (int i = 0; i < p->nfns; i++) total += p->fns[i].f->ncalls;
	int *target = xmalloc(sizeof(int) * (size_t)(total ? total : 1));
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < p->nfns; i++) seen[i] = -1;
		long long at = 0;
		for (int i = 0; i < p->nfns; i++) {
			ProgFn *fn = &p->fns[i];
			if (pass) {
				fn->calls = ARENA_ARRAY(&p->arena, ProgCall, fn->ncalls);
				fn->ncalls = 0;
			}
			for (int k = 0; k < fn->f->ncalls; k++, at++) {
				Call *call = fn->f->calls[k];
				if (!pass) target[at] = resolve(external, &local[fn->unit], call);
				int callee = target[at];
				if (callee < 0) continue;
				ProgFn *to = &p->fns[callee];
				if (pass) to->sites[to->nsites] = call;
				to->nsites++;
				to->called = true;
				if (seen[callee] == i) continue;
				seen[callee] = i;
				if (pass) fn->calls[fn->ncalls].at = unit_loc(p->units[fn->unit], call->callee_range);
				if (pass) fn->calls[fn->ncalls].callee = callee;
				fn->ncalls++;
			}
		}
		for (int i = 0; i < p->nfns && !pass; i++) {
			p->fns[i].sites = ARENA_ARRAY(&p->arena, Call *, p->fns[i].nsites);
			p->fns[i].nsites = 0;
		}
	}
	free(target);
	free(seen);
}

/* ---- strongly connected components (Tarjan, with an explicit stack) ---- */

typedef struct Tarjan {
	int *index, *low, *stack, *frames, *edge;
	bool *on;
	int next, sp;
} Tarjan;

static void close_scc(Program *p, Tarjan *t, int v, int *filled) {
	int s = p->nsccs++;
	p->scc_first[s] = *filled;
	int w;
	do {
		w = t->stack[--t->sp];
		t->on[w] = false;
		p->fns[w].scc = s;
		p->order[(*filled)++] = w;
	} while (w != v);
}

static void strongconnect(Program *p, Tarjan *t, int root, int *filled) {
	int fp = 0;
	t->frames[fp++] = root;
	t->edge[root] = 0;
	t->index[root] = t->low[root] = t->next++;
	t->stack[t->sp++] = root;
	t->on[root] = true;
	while (fp) {
		int v = t->frames[fp - 1];
		ProgFn *fn = &p->fns[v];
		if (t->edge[v] < fn->ncalls) {
			int w = fn->calls[t->edge[v]++].callee;
			if (t->index[w] < 0) {
				t->index[w] = t->low[w] = t->next++;
				t->edge[w] = 0;
				t->stack[t->sp++] = w;
				t->on[w] = true;
				t->frames[fp++] = w;
			} else if (t->on[w] && t->index[w] < t->low[v]) {
				t->low[v] = t->index[w];
			}
			continue;
		}
		if (t->low[v] == t->index[v]) close_scc(p, t, v, filled);
		if (--fp && t->low[v] < t->low[t->frames[fp - 1]]) t->low[t->frames[fp - 1]] = t->low[v];
	}
}

/* Reported first by place, so that the choice does not depend on file order. */
static bool reports_before(const ProgFn *a, const ProgFn *b) {
	int c = strcmp(a->at.file, b->at.file);
	if (c) return c < 0;
	if (a->at.line != b->at.line) return a->at.line < b->at.line;
	if (a->at.col != b->at.col) return a->at.col < b->at.col;
	return strcmp(a->name, b->name) < 0;
}

static void find_sccs(Program *p) {
	int n = p->nfns ? p->nfns : 1;
	Tarjan t = {0};
	t.index = xmalloc(sizeof(int) * (size_t)n);
	t.low = xmalloc(sizeof(int) * (size_t)n);
	t.stack = xmalloc(sizeof(int) * (size_t)n);
	t.frames = xmalloc(sizeof(int) * (size_t)n);
	t.edge = xmalloc(sizeof(int) * (size_t)n);
	t.on = xcalloc((size_t)n, sizeof(bool));
	p->scc_first = ARENA_ARRAY(&p->arena, int, n + 1);
	p->order = ARENA_ARRAY(&p->arena, int, n);
	for (int i = 0; i < p->nfns; i++) t.index[i] = -1;
	int filled = 0;
	for (int i = 0; i < p->nfns; i++)
		if (t.index[i] < 0) strongconnect(p, &t, i, &filled);
	p->scc_first[p->nsccs] = filled;
	free(t.index); free(t.low); free(t.stack); free(t.frames); free(t.edge); free(t.on);
}

static int by_place(const void *a, const void *b, void *prog) {
	const Program *p = prog;
	const ProgFn *x = &p->fns[*(const int *)a], *y = &p->fns[*(const int *)b];
	return reports_before(x, y) ? -1 : reports_before(y, x) ? 1 : 0;
}

/* A cycle's members in the post-order of a depth-first walk from its
 * representative, calls in body order: callees before their callers as far
 * as a cycle allows, so that its fixpoint takes few rounds; and an order
 * that does not depend on the order of the files. */
static void callees_first(Program *p, int s) {
	int first = p->scc_first[s], n = p->scc_first[s + 1] - first, out = 0, sp = 0;
	int *post = xmalloc(sizeof(int) * (size_t)n), *stack = xmalloc(sizeof(int) * (size_t)n),
	    *edge = xmalloc(sizeof(int) * (size_t)n);
	for (int k = first; k < first + n; k++) p->fns[p->order[k]].dirty = false;   /* "visited", for now */
	stack[sp] = p->scc_rep[s];
	edge[sp++] = 0;
	p->fns[p->scc_rep[s]].dirty = true;
	while (sp) {
		ProgFn *fn = &p->fns[stack[sp - 1]];
		int next = -1;
		while (edge[sp - 1] < fn->ncalls && next < 0) {
			int to = fn->calls[edge[sp - 1]++].callee;
			if (p->fns[to].scc == s && !p->fns[to].dirty) next = to;
		}
		if (next < 0) { post[out++] = stack[--sp]; continue; }
		p->fns[next].dirty = true;
		stack[sp] = next;
		edge[sp++] = 0;
	}
	for (int k = 0; k < out; k++) p->order[first + k] = post[k];   /* out == n: a cycle reaches all its members */
	for (int k = first; k < first + n; k++) p->fns[p->order[k]].dirty = false;
	free(post);
	free(stack);
	free(edge);
}

/* Levels (an SCC's is one more than its callees'), cycles, representatives;
 * members in order of place, so that the fixpoint does not depend on the
 * order of the files. */
static void describe_sccs(Program *p) {
	int n = p->nsccs ? p->nsccs : 1;
	p->scc_level = ARENA_ARRAY(&p->arena, int, n);
	p->scc_rep = ARENA_ARRAY(&p->arena, int, n);
	for (int s = 0; s < p->nsccs; s++) {
		int level = 0, rep = -1;
		qsort_r(p->order + p->scc_first[s], (size_t)(p->scc_first[s + 1] - p->scc_first[s]), sizeof(int), by_place, p);
		bool several = p->scc_first[s + 1] - p->scc_first[s] > 1;
		for (int k = p->scc_first[s]; k < p->scc_first[s + 1]; k++) {
			ProgFn *fn = &p->fns[p->order[k]];
			fn->recursive = several;
			for (int c = 0; c < fn->ncalls; c++) {
				int to = p->fns[fn->calls[c].callee].scc;
				if (to == s) fn->recursive = true;
				else if (p->scc_level[to] + 1 > level) level = p->scc_level[to] + 1;
			}
			if (rep < 0 || reports_before(fn, &p->fns[rep])) rep = p->order[k];
		}
		p->scc_level[s] = level;
		p->scc_rep[s] = rep;
		if (several) callees_first(p, s);
		for (int k = p->scc_first[s]; k < p->scc_first[s + 1]; k++) p->fns[p->order[k]].slot = k - p->scc_first[s];
	}
}

Program *program_new(Unit **units, int n) {
	Program *p = xcalloc(1, sizeof(Program));
	arena_init(&p->arena);
	p->units = units;
	p->nunits = n;
	Map external;
	map_init(&external);
	Map *local = xcalloc((size_t)(n ? n : 1), sizeof(Map));
	add_functions(p, &external, local);
	add_calls(p, &external, local);
	for (int i = 0; i < n; i++) map_free(&local[i]);
	free(local);
	map_free(&external);
	find_sccs(p);
	describe_sccs(p);
	return p;
}

void program_free(Program *p) {
	if (!p) return;
	arena_free(&p->arena);
	free(p);
}

const ProgCall *program_call(const ProgFn *from, int to) {
	for (int c = 0; c < from->ncalls; c++)
		if (from->calls[c].callee == to) return &from->calls[c];
	return NULL;
}

/* A summary on a call out of its unit means the name resolved to the one
 * definition with external linkage (resolve above). */
const ProgFn *program_callee(const Program *p, const Call *call) {
	if (!call || !call->summary || call->defined_here || !call->callee) return NULL;
	for (int i = 0; i < p->nfns; i++)
		if (!p->fns[i].f->is_static && !strcmp(p->fns[i].name, call->callee)) return &p->fns[i];
	return NULL;
}

/* ---- summaries ---- */

static void point_sites(ProgFn *fn, const Summary *s) {
	for (int i = 0; i < fn->nsites; i++) fn->sites[i]->summary = s;
}

/* A cycle's members waiting to be computed, smallest first (by blocks,
 * then by place in order[]): a binary heap of slots. */
typedef struct Waiting { int *slot, n; const int *blocks; bool *queued; } Waiting;

static bool waits_before(const Waiting *w, int a, int b) {
	return w->blocks[a] != w->blocks[b] ? w->blocks[a] < w->blocks[b] : a < b;
}

static void wait_push(Waiting *w, int k) {
	if (w->queued[k]) return;
	w->queued[k] = true;
	int i = w->n++;
	for (; i > 0 && waits_before(w, k, w->slot[(i - 1) / 2]); i = (i - 1) / 2) w->slot[i] = w->slot[(i - 1) / 2];
	w->slot[i] = k;
}

static int wait_pop(Waiting *w) {
	int top = w->slot[0], last = w->slot[--w->n], i = 0;
	for (;;) {
		int c = 2 * i + 1;
		if (c >= w->n) break;
		if (c + 1 < w->n && waits_before(w, w->slot[c + 1], w->slot[c])) c++;
		if (!waits_before(w, w->slot[c], last)) break;
		w->slot[i] = w->slot[c];
		i = c;
	}
	if (w->n) w->slot[i] = last;
	w->queued[top] = false;
	return top;
}

/* Who calls whom inside cycle s, by slot: the callers of slot k are
 * callers[start[k] .. start[k + 1]) (both malloc'd). */
static void cycle_callers(const Program *p, int s, int **start_out, int **callers_out) {
	int first = p->scc_first[s], n = p->scc_first[s + 1] - first;
	int *start = xcalloc((size_t)n + 1, sizeof(int));
	for (int k = 0; k < n; k++) {
		const ProgFn *fn = &p->fns[p->order[first + k]];
		for (int c = 0; c < fn->ncalls; c++)
			if (p->fns[fn->calls[c].callee].scc == s) start[p->fns[fn->calls[c].callee].slot + 1]++;
	}
	for (int k = 0; k < n; k++) start[k + 1] += start[k];
	int *callers = xmalloc(sizeof(int) * (size_t)(start[n] ? start[n] : 1)), *fill = xmalloc(sizeof(int) * (size_t)n);
	memcpy(fill, start, sizeof(int) * (size_t)n);
	for (int k = 0; k < n; k++) {
		const ProgFn *fn = &p->fns[p->order[first + k]];
		for (int c = 0; c < fn->ncalls; c++)
			if (p->fns[fn->calls[c].callee].scc == s) callers[fill[p->fns[fn->calls[c].callee].slot]++] = k;
	}
	free(fill);
	*start_out = start;
	*callers_out = callers;
}

/* A cycle's summaries, to a fixpoint: the smallest member whose callees'
 * summaries changed since its own was computed goes next (at first, all
 * of them). A big member then runs once what it calls has settled, not once
 * per pass over the cycle: on sqlite3.c, sqlite3VdbeExec (1,919 blocks) and
 * its like ran twice in passes, once now (the summaries take 15 % less
 * time). Calls into the cycle start unknown, as they were before recursion
 * was followed; a cycle still changing after MAX_ROUNDS computations per
 * member stays unknown. */
static void summarize_cycle(Program *p, int s) {
	int first = p->scc_first[s], n = p->scc_first[s + 1] - first, *start, *callers;
	cycle_callers(p, s, &start, &callers);
	int *blocks = xmalloc(sizeof(int) * (size_t)n);
	for (int k = 0; k < n; k++) blocks[k] = p->fns[p->order[first + k]].f ? p->fns[p->order[first + k]].f->nblocks : 0;
	Waiting w = {xmalloc(sizeof(int) * (size_t)n), 0, blocks, xcalloc((size_t)n, sizeof(bool))};
	for (int k = 0; k < n; k++)
		if (!p->fns[p->order[first + k]].fixed) wait_push(&w, k);
	long long budget = (long long)MAX_ROUNDS * n;
	while (w.n && budget-- > 0) {
		int k = wait_pop(&w);
		ProgFn *fn = &p->fns[p->order[first + k]];
		Summary got;
		bool has = ownership_summarize_one(p->units[fn->unit], fn->f, &got);
		if (has == fn->has_sum && (!has || summary_equal(&got, &fn->sum))) continue;
		fn->has_sum = has;
		fn->sum = got;
		point_sites(fn, has ? &fn->sum : NULL);
		for (int e = start[k]; e < start[k + 1]; e++)
			if (!p->fns[p->order[first + callers[e]]].fixed) wait_push(&w, callers[e]);
	}
	for (int k = first; k < first + n && w.n; k++)   /* still changing */
		if (!p->fns[p->order[k]].fixed) {
			p->fns[p->order[k]].has_sum = false;
			point_sites(&p->fns[p->order[k]], NULL);
		}
	free(blocks); free(start); free(callers); free(w.slot); free(w.queued);
}

static void summarize_scc(Program *p, int s) {
	ProgFn *first = &p->fns[p->order[p->scc_first[s]]];
	if (first->recursive) summarize_cycle(p, s);
	else if (first->called && !first->fixed)
		first->has_sum = ownership_summarize_one(p->units[first->unit], first->f, &first->sum);
}

/* Into the defining unit's arena and map, and into every call of it: done
 * between levels, on one thread, since a unit's arena is not shared. */
static void publish(Program *p, ProgFn *fn) {
	Unit *u = p->units[fn->unit];
	Summary *s = NULL;
	if (fn->has_sum) {
		s = ARENA_NEW(&u->arena, Summary);
		*s = fn->sum;
		map_put(&u->summaries, fn->name, s);
	}
	point_sites(fn, s);
}

typedef struct Level {
	Program *p;
	const int *sccs;
	int n;
	atomic_int next;
} Level;

static void *level_worker(void *arg) {
	Level *l = arg;
	for (int i; (i = atomic_fetch_add(&l->next, 1)) < l->n;) summarize_scc(l->p, l->sccs[i]);
	return NULL;
}

static void run_level(Program *p, const int *sccs, int n, int jobs) {
	Level l = {p, sccs, n, 0};
	atomic_init(&l.next, 0);
	int nt = jobs < n ? jobs : n;
	pthread_t *t = xcalloc((size_t)(nt > 1 ? nt : 1), sizeof(pthread_t));
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, SUMMARY_STACK);
	int started = 0;
	for (int i = 0; nt > 1 && i < nt; i++)
		if (pthread_create(&t[i], &attr, level_worker, &l) == 0) started++;
		else break;
	level_worker(&l);   /* this thread works too, and does it all when there are no others */
	for (int i = 0; i < started; i++) pthread_join(t[i], NULL);
	pthread_attr_destroy(&attr);
	free(t);
}

void program_summarize(Program *p, int jobs) {
	int top = 0;
	for (int s = 0; s < p->nsccs; s++)
		if (p->scc_level[s] > top) top = p->scc_level[s];
	int *sccs = xmalloc(sizeof(int) * (size_t)(p->nsccs ? p->nsccs : 1));
	for (int level = 0; level <= top && p->nsccs; level++) {
		int n = 0;
		for (int s = 0; s < p->nsccs; s++)
			if (p->scc_level[s] == level) sccs[n++] = s;
		run_level(p, sccs, n, jobs);
		for (int i = 0; i < n; i++)
			for (int k = p->scc_first[sccs[i]]; k < p->scc_first[sccs[i] + 1]; k++) publish(p, &p->fns[p->order[k]]);
	}
	free(sccs);
}

/* ---- stack depth ---- */

enum { MAX_CYCLE_WALK = 256 };   /* bigger cycles: their inner calls are not followed (quadratic) */

/* A chain may enter a cycle and go round it once: a depth-first tree from
 * the entry over the cycle's calls (each member once, calls in body order),
 * plus every member's calls out of the cycle, whose depths are known. */
typedef struct Walk {
	const Program *p;
	int scc;
	int *seen, stamp;
	int *next;         /* per function: its next hop in this walk's tree */
} Walk;

static long long tree_depth(Walk *w, int v) {
	const ProgFn *fn = &w->p->fns[v];
	w->seen[v] = w->stamp;
	w->next[v] = -1;
	if (fn->f->unbounded) return -1;
	long long best = 0;
	bool small = w->p->scc_first[w->scc + 1] - w->p->scc_first[w->scc] <= MAX_CYCLE_WALK;
	for (int c = 0; c < fn->ncalls; c++) {
		int to = fn->calls[c].callee;
		long long d;
		if (w->p->fns[to].scc != w->scc) d = w->p->fns[to].depth;
		else if (!small || w->seen[to] == w->stamp) continue;
		else d = tree_depth(w, to);
		if (d < 0) { w->next[v] = to; return -1; }
		if (d > best || w->next[v] < 0) { best = d; w->next[v] = to; }
	}
	return fn->f->frame + best;
}

static void walk_init(Walk *w, const Program *p) {
	w->p = p;
	w->seen = xcalloc((size_t)(p->nfns ? p->nfns : 1), sizeof(int));
	w->next = xmalloc(sizeof(int) * (size_t)(p->nfns ? p->nfns : 1));
	w->stamp = 0;
}

static long long walk_from(Walk *w, int v) {
	w->scc = w->p->fns[v].scc;
	w->stamp++;
	return tree_depth(w, v);
}

void program_stack_depths(Program *p) {
	for (int i = 0; i < p->nfns; i++) p->fns[i].entry = true;
	for (int i = 0; i < p->nfns; i++)
		for (int c = 0; c < p->fns[i].ncalls; c++) {
			ProgFn *to = &p->fns[p->fns[i].calls[c].callee];
			if (to->scc != p->fns[i].scc) to->entry = false;
		}
	Walk w;
	walk_init(&w, p);
	for (int s = 0; s < p->nsccs; s++) {   /* callees first */
		for (int k = p->scc_first[s]; k < p->scc_first[s + 1]; k++) {
			ProgFn *fn = &p->fns[p->order[k]];
			fn->depth = walk_from(&w, p->order[k]);
			fn->next = w.next[p->order[k]];
		}
		bool entry = true;   /* a cycle is a start when nothing outside calls it; its first member says so */
		for (int k = p->scc_first[s]; k < p->scc_first[s + 1]; k++) entry &= p->fns[p->order[k]].entry;
		for (int k = p->scc_first[s]; k < p->scc_first[s + 1]; k++) p->fns[p->order[k]].entry = entry && p->order[k] == p->scc_rep[s];
	}
	free(w.seen);
	free(w.next);
}

int program_chain(const Program *p, int from, int *chain) {
	Walk w;
	walk_init(&w, p);
	int n = 0;
	for (int v = from; v >= 0 && n < p->nfns;) {
		chain[n++] = v;
		walk_from(&w, v);   /* within v's cycle, follow the tree grown from where the chain entered it */
		int scc = p->fns[v].scc;
		while (w.next[v] >= 0 && p->fns[w.next[v]].scc == scc && n < p->nfns) chain[n++] = v = w.next[v];
		v = w.next[v];
	}
	free(w.seen);
	free(w.next);
	return n;
}
