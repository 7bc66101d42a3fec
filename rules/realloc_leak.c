/*
 * realloc-leak (CWE-401): `p = realloc(p, n)`. When realloc fails it returns
 * NULL and leaves the old block alone, but the assignment has already
 * overwritten the only pointer to it. Found on the IR: a realloc-like call
 * whose first argument is the place its result is then stored into.
 */
#include <string.h>
#include "rules.h"

static void check_block(RuleCtx *c, const Function *fn, const Block *b) {
	for (int i = 0; i + 1 < b->nstmts; i++) {
		const Stmt *s = &b->stmts[i];
		if (s->kind != ST_CALL || s->dst < 0 || !s->call->sig || !s->call->sig->realloc_like) continue;
		const Operand *a = s->call->nargs ? &s->call->args[0] : NULL;
		if (!a || a->kind != OP_PLACE || a->offset != OFF_NONE) continue;
		const Stmt *n = &b->stmts[i + 1];
		if (n->kind != ST_ASSIGN || n->dst != a->place || n->src.kind != OP_PLACE || n->src.place != s->dst)
			continue;
		const Var *v = &fn->vars[fn->places[a->place].var];
		bool strict = v->annot.mode == MODE_OWNED || fn->places[a->place].annot.mode == MODE_OWNED;
		Diag *d = rule_report(c, R_REALLOC_LEAK, strict ? SEV_ERROR : SEV_WARNING, n->range, fn->name,
		                      "'%s = %s(%s, ...)' loses the old block when %s fails", fn->places[a->place].text,
		                      s->call->callee, fn->places[a->place].text, s->call->callee);
		rule_note(c, d, s->range, "on failure '%s' returns NULL and leaves the old block allocated",
		          s->call->callee);
	}
}

void check_realloc_leak(RuleCtx *c) {
	for (int i = 0; i < c->u->funcs.len; i++) {
		const Function *fn = VEC_AT(&c->u->funcs, Function *, i);
		for (int b = 0; b < fn->nblocks; b++) check_block(c, fn, &fn->blocks[b]);
	}
}
