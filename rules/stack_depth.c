/*
 * stack-depth (CWE-770, opt-in): a chain of calls whose frames add up to
 * more than --stack-limit bytes, or that reaches a frame with no bound (a
 * variable-length array, alloca). A frame is the function's parameters and
 * locals at libclang's type sizes, all counted (as an unoptimized build lays
 * them out); calls through function pointers and into functions no analyzed
 * file defines add nothing; a chain goes round a cycle at most once (the
 * recursion rule reports cycles). Reported at the functions where chains
 * start (nothing else calls them), with the deepest chain in the notes.
 */
#include <stdlib.h>
#include "rules.h"

static void note_chain(RuleCtx *c, Diag *d, int from) {
	const Program *p = c->prog;
	int *chain = xmalloc(sizeof(int) * (size_t)p->nfns);
	int n = program_chain(p, from, chain);
	for (int i = 0; i < n; i++) {
		const ProgFn *fn = &p->fns[chain[i]];
		const ProgCall *call = i + 1 < n ? program_call(fn, chain[i + 1]) : NULL;
		const char *again = fn->recursive ? "; recursive, so each level adds it again" : "";
		if (call)
			rule_note_at(c, d, call->at, "'%s' (%lld bytes of parameters and locals%s) calls '%s' here", fn->name,
			             fn->f->frame, again, p->fns[chain[i + 1]].name);
		else if (fn->f->unbounded)
			rule_note_at(c, d, fn->unbounded_at, "'%s' uses %s here", fn->name, fn->f->unbounded);
		else
			rule_note_at(c, d, fn->at, "'%s' needs %lld bytes for its parameters and locals%s", fn->name,
			             fn->f->frame, again);
	}
	free(chain);
}

void check_stack_depth(RuleCtx *c) {
	const Program *p = c->prog;
	for (int i = 0; p && i < p->nfns; i++) {
		const ProgFn *fn = &p->fns[i];
		if (fn->unit != c->unit || !fn->entry || (fn->depth >= 0 && fn->depth <= c->stack_limit)) continue;
		Diag *d;
		if (fn->depth < 0)
			d = rule_report(c, R_STACK_DEPTH, rule_table[R_STACK_DEPTH].severity, fn->f->name_range, fn->name,
			                "the stack used by calls from '%s' has no bound", fn->name);
		else
			d = rule_report(c, R_STACK_DEPTH, rule_table[R_STACK_DEPTH].severity, fn->f->name_range, fn->name,
			                "calls from '%s' can use %lld bytes of stack, over the limit of %lld (--stack-limit)",
			                fn->name, fn->depth, c->stack_limit);
		note_chain(c, d, i);
	}
}
