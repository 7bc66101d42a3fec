/*
 * recursion (CWE-674, opt-in): a cycle in the whole program's call graph.
 * Each cycle's functions need stack for every level of recursion, and
 * nothing bounds the number of levels: embedded code with a 4 KiB stack
 * forbids it (MISRA C 17.2). Reported once per group of mutually recursive
 * functions, at the one that comes first in the source, with the shortest
 * cycle through it in the notes. Calls through function pointers are not in
 * the graph.
 */
#include <stdlib.h>
#include <string.h>
#include "rules.h"

/* The shortest cycle from rep back to rep, as callees' indexes into
 * path[0 .. n); a breadth-first search that stays inside rep's SCC. */
static int shortest_cycle(const Program *p, int rep, int *path) {
	int *from = xmalloc(sizeof(int) * (size_t)p->nfns), *queue = xmalloc(sizeof(int) * (size_t)p->nfns);
	for (int i = 0; i < p->nfns; i++) from[i] = -2;
	int head = 0, tail = 0, n = 0, last = -1;
	queue[tail++] = rep;
	while (head < tail && last < 0) {
		const ProgFn *fn = &p->fns[queue[head++]];
		for (int c = 0; c < fn->ncalls && last < 0; c++) {
			int to = fn->calls[c].callee;
			if (p->fns[to].scc != p->fns[rep].scc) continue;
			if (to == rep) last = queue[head - 1];
			else if (from[to] == -2) { from[to] = queue[head - 1]; queue[tail++] = to; }
		}
	}
	for (int v = last; v != rep && v >= 0; v = from[v]) path[n++] = v;   /* backwards, without rep */
	for (int i = 0; i < n / 2; i++) { int t = path[i]; path[i] = path[n - 1 - i]; path[n - 1 - i] = t; }
	path[n++] = rep;
	free(from);
	free(queue);
	return n;
}

static int by_name(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static void note_group(RuleCtx *c, Diag *d, const ProgFn *rep, int ncycle) {
	const Program *p = c->prog;
	int first = p->scc_first[rep->scc], n = p->scc_first[rep->scc + 1] - first;
	if (n <= ncycle) return;
	const char **names = xmalloc(sizeof(char *) * (size_t)n);
	for (int i = 0; i < n; i++) names[i] = p->fns[p->order[first + i]].name;
	qsort(names, (size_t)n, sizeof *names, by_name);
	size_t len = 1;
	for (int i = 0; i < n; i++) len += strlen(names[i]) + 4;
	char *list = arena_alloc(&c->u->arena, len);
	for (int i = 0; i < n; i++) strcat(strcat(list, i ? ", '" : "'"), names[i]), strcat(list, "'");
	rule_note_at(c, d, rep->at, "'%s' is one of %d mutually recursive functions: %s", rep->name, n, list);
	free(names);
}

static void report_cycle(RuleCtx *c, int rep) {
	const Program *p = c->prog;
	const ProgFn *fn = &p->fns[rep];
	int *path = xmalloc(sizeof(int) * (size_t)p->nfns);
	int n = shortest_cycle(p, rep, path);
	size_t len = strlen(fn->name) + 1;
	for (int i = 0; i < n; i++) len += strlen(p->fns[path[i]].name) + 4;
	char *chain = arena_alloc(&c->u->arena, len);
	strcpy(chain, fn->name);
	for (int i = 0; i < n; i++) strcat(strcat(chain, " -> "), p->fns[path[i]].name);
	Diag *d = rule_report(c, R_RECURSION, rule_table[R_RECURSION].severity, fn->f->name_range, fn->name,
	                      n == 1 ? "'%s' calls itself: %s" : "'%s' is recursive: %s", fn->name, chain);
	for (int i = 0, from = rep; i < n; from = path[i++]) {
		const ProgCall *call = program_call(&p->fns[from], path[i]);
		if (call)
			rule_note_at(c, d, call->at, "'%s' calls '%s' here%s", p->fns[from].name, p->fns[path[i]].name,
			             i == n - 1 ? ", closing the cycle" : "");
	}
	note_group(c, d, fn, n);
	free(path);
}

void check_recursion(RuleCtx *c) {
	const Program *p = c->prog;
	for (int i = 0; p && i < p->nfns; i++)
		if (p->fns[i].unit == c->unit && p->fns[i].recursive && p->scc_rep[p->fns[i].scc] == i) report_cycle(c, i);
}
