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
#include "driver.h"

enum { WORKER_STACK = 512 << 20 };

Unit *driver_analyze_one(Frontend *fe, const char *path, const char *const *args, int nargs, const bool *enabled) {
	Unit *u = frontend_run(fe, path, args, nargs);
	if (!u->failed) rules_run(u, enabled);
	return u;
}

Unit *driver_analyze_text(Frontend *fe, const char *path, const char *text, size_t len,
                          const char *const *args, int nargs, const bool *enabled) {
	Unit *u = frontend_run_text(fe, path, text, len, args, nargs);
	if (!u->failed) rules_run(u, enabled);
	return u;
}

typedef struct Pool {
	const Options *o;
	const FrontendConfig *cfg;
	const Model *m;
	Unit **units;
	atomic_int next;
} Pool;

static void *worker(void *arg) {
	Pool *p = arg;
	Frontend *fe = frontend_new(p->cfg, p->m);
	for (;;) {
		int i = atomic_fetch_add(&p->next, 1);
		if (i >= p->o->nfiles) break;
		const Options *o = p->o;
		p->units[i] = o->file_args ? driver_analyze_one(fe, o->files[i], o->file_args[i], o->nfile_args[i], o->enabled)
		                           : driver_analyze_one(fe, o->files[i], o->cc_args, o->ncc_args, o->enabled);
	}
	frontend_free(fe);
	return NULL;
}

void driver_run(const Options *o, const FrontendConfig *cfg, const Model *m, Unit **units) {
	Pool p = {o, cfg, m, units, 0};
	atomic_init(&p.next, 0);
	int n = o->jobs < 1 ? 1 : o->jobs;
	if (n > o->nfiles) n = o->nfiles ? o->nfiles : 1;
	pthread_t *t = xcalloc((size_t)n, sizeof(pthread_t));
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, WORKER_STACK);
	int started = 0;
	for (int i = 0; i < n; i++)
		if (pthread_create(&t[i], &attr, worker, &p) == 0) started++;
		else break;
	if (!started) worker(&p);   /* no threads: do it here */
	for (int i = 0; i < started; i++) pthread_join(t[i], NULL);
	pthread_attr_destroy(&attr);
	free(t);
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
