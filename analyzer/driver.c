/*
 * driver.c - the worker pool. Parsing and lowering recurse as deep as the
 * input nests, so every worker runs on a 512 MiB stack (address space only;
 * pages are touched only as deep as the input goes), and libclang is told to
 * parse on the calling thread (LIBCLANG_NOTHREADS, set in main) so that the
 * big stack is the one clang uses too.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "driver.h"
#include "cache.h"

enum { WORKER_STACK = 512 << 20 };

/* A unit alone as its own program. */
static OWNED Unit *check_alone(OWNED Unit *u, BORROW const bool *enabled, long long stack_limit) {
	if (u->failed) return u;
	Program *p = program_new(&u, 1);
	double t0 = stats_now();
	program_summarize(p, 1);
	u->stats.t_summaries += stats_now() - t0;
	program_stack_depths(p);
	rules_run(u, enabled, p, 0, stack_limit);
	program_free(p);
	return u;
}

Unit *driver_analyze_one(Frontend *fe, const char *path, const char *const *args, int nargs, const bool *enabled,
                         long long stack_limit) {
	return check_alone(frontend_run(fe, path, args, nargs), enabled, stack_limit);
}

Unit *driver_analyze_text(Frontend *fe, const char *path, const char *text, size_t len,
                          const char *const *args, int nargs, const bool *enabled, long long stack_limit) {
	return check_alone(frontend_run_text(fe, path, text, len, args, nargs), enabled, stack_limit);
}

/* The two parallel phases: parse and lower every file, then (after the
 * summaries) check every file. Slots by file index keep the order. */
typedef enum Phase { PHASE_LOWER, PHASE_CHECK } Phase;

typedef struct Pool {
	const Options *o;
	const FrontendConfig *cfg;
	const Model *m;
	Unit **units;
	const Program *prog;
	Phase phase;
	const int *order;   /* files by decreasing size: the order workers take them */
	atomic_int next;
} Pool;

typedef struct Run { Pool pool; bool here; Program *prog; } Run;

static const char *const *args_of(const Options *o, int i, int *n) {
	*n = o->file_args ? o->nfile_args[i] : o->ncc_args;
	return o->file_args ? o->file_args[i] : o->cc_args;
}

/* Read by ownck itself (main.c), or could not be. */
static bool piped_input(const Options *o, int i) {
	return (o->texts && o->texts[i]) || (o->unreadable && o->unreadable[i]);
}

static void *worker(void *arg) {
	Pool *p = arg;
	const Options *o = p->o;
	Frontend *fe = p->phase == PHASE_LOWER ? frontend_new(p->cfg, p->m) : NULL;
	for (;;) {
		int k = atomic_fetch_add(&p->next, 1);
		if (k >= o->nfiles) break;
		int i = p->order ? p->order[k] : k;
		if (p->phase == PHASE_LOWER && !p->units[i]) {
			int n;
			const char *const *args = args_of(o, i, &n);
			if (o->unreadable && o->unreadable[i]) {
				p->units[i] = unit_new(o->files[i]);
				unit_error(p->units[i], "%s", o->unreadable[i]);
				p->units[i]->failed = true;
			} else if (o->texts && o->texts[i]) {
				p->units[i] = frontend_run_text(fe, o->files[i], o->texts[i], o->text_lens[i], args, n);
			} else {
				p->units[i] = frontend_run(fe, o->files[i], args, n);
			}
		}
		else if (p->phase == PHASE_CHECK && p->units[i]->from_cache)
			rules_run_whole_program(p->units[i], o->run_rule, p->prog, i, o->stack_limit);
		else if (p->phase == PHASE_CHECK && !p->units[i]->failed)
			rules_run(p->units[i], o->run_rule, p->prog, i, o->stack_limit);
	}
	if (fe) frontend_free(fe);
	return NULL;
}

static void run_pool(Pool *p, bool here) {
	atomic_init(&p->next, 0);
	if (here) { worker(p); return; }
	const Options *o = p->o;
	int n = o->jobs < 1 ? 1 : o->jobs;
	if (n > o->nfiles) n = o->nfiles ? o->nfiles : 1;
	pthread_t *t = xcalloc((size_t)n, sizeof(pthread_t));
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, WORKER_STACK);
	int started = 0;
	for (int i = 0; i < n; i++)
		if (pthread_create(&t[i], &attr, worker, p) == 0) started++;
		else break;
	if (!started) worker(p);   /* no threads: do it here */
	for (int i = 0; i < started; i++) pthread_join(t[i], NULL);
	pthread_attr_destroy(&attr);
	free(t);
}

/* Workers take the biggest files first: a big file started last would
 * keep one worker busy while the others have nothing left to take. Size
 * is the proxy for work; ties keep the command line's order. */
typedef struct Sized { long long size; int index; } Sized;

static int by_size_desc(const void *a, const void *b) {
	const Sized *x = a, *y = b;
	if (x->size != y->size) return x->size > y->size ? -1 : 1;
	return x->index - y->index;
}

static OWNED int *largest_first(const Options *o) {
	Sized *s = xcalloc((size_t)o->nfiles, sizeof *s);
	for (int i = 0; i < o->nfiles; i++) {
		struct stat st;
		s[i].size = o->texts && o->texts[i] ? (long long)o->text_lens[i]
		            : stat(o->files[i], &st) == 0 ? (long long)st.st_size : 0;
		s[i].index = i;
	}
	qsort(s, (size_t)o->nfiles, sizeof *s, by_size_desc);
	int *order = xcalloc((size_t)o->nfiles, sizeof *order);
	for (int i = 0; i < o->nfiles; i++) order[i] = s[i].index;
	free(s);
	return order;
}

/* Units from the cache whose calls now see other summaries than they were
 * checked with are dropped, to be analyzed again: true if there were any. */
static bool drop_stale(Run *r) {
	bool any = false;
	for (int i = 0; i < r->pool.o->nfiles; i++) {
		Unit *u = r->pool.units[i];
		if (!u->from_cache || cache_still_valid(r->prog, i)) continue;
		unit_free(u);
		r->pool.units[i] = NULL;
		any = true;
	}
	return any;
}

static void summarize(Run *r) {
	const Options *o = r->pool.o;
	for (;;) {
		run_pool(&r->pool, r->here);
		r->prog = program_new(r->pool.units, o->nfiles);
		double t0 = stats_now();
		program_summarize(r->prog, o->jobs);
		if (o->nfiles) r->pool.units[0]->stats.t_summaries += stats_now() - t0;   /* summed over files in --stats */
		if (!o->cache || !drop_stale(r)) return;
		program_free(r->prog);   /* parse what went stale, then again: the set only grows */
	}
}

static void run_phases(void *arg) {
	Run *r = arg;
	const Options *o = r->pool.o;
	for (int i = 0, n; o->cache && i < o->nfiles; i++) {   /* a pipe's text is not there to compare next time */
		const char *const *args = args_of(o, i, &n);
		if (!piped_input(o, i)) r->pool.units[i] = cache_load(o->cache, o->files[i], args, n);
	}
	summarize(r);
	program_stack_depths(r->prog);
	r->pool.prog = r->prog;
	r->pool.phase = PHASE_CHECK;
	run_pool(&r->pool, r->here);
	for (int i = 0, n; o->cache && i < o->nfiles; i++) {
		const char *const *args = args_of(o, i, &n);
		if (!piped_input(o, i)) cache_store(o->cache, r->prog, i, args, n);
	}
}

Program *driver_run(const Options *o, const FrontendConfig *cfg, const Model *m, Unit **units) {
	Run r = {{o, cfg, m, units, NULL, PHASE_LOWER, NULL, 0}, o->jobs <= 1 || o->nfiles <= 1, NULL};
	/* One worker: every phase on one thread, so that what the IR frees is
	 * reused by the checks (each thread has its own malloc arena). */
	if (r.here) driver_on_big_stack(run_phases, &r);
	else {
		int *order = largest_first(o);
		r.pool.order = order;
		run_phases(&r);
		free(order);
	}
	return r.prog;
}

typedef struct Trampoline { void (*fn)(void *); void *arg; } Trampoline;

static void *trampoline(void *arg) {
	Trampoline *t = arg;
	t->fn(t->arg);
	return NULL;
}

void driver_on_big_stack(void (*fn)(void *), void *arg) {
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, WORKER_STACK);
	Trampoline t = {fn, arg};
	pthread_t th;
	if (pthread_create(&th, &attr, trampoline, &t) == 0) pthread_join(th, NULL);
	else fn(arg);
	pthread_attr_destroy(&attr);
}
