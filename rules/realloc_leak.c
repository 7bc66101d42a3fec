/*
 * realloc-leak (CWE-401): `p = realloc(p, n)`. When realloc fails it returns
 * NULL and leaves the old block alone, but the assignment has already
 * overwritten the only pointer to it. Found on the IR: a realloc-like call
 * whose first argument is the place its result is then stored into.
 */
#include <string.h>
#include "rules.h"

static bool ends_program(const Function *fn, int b) {
	for (int hops = 0; hops < 8 && b >= 0; hops++) {
		const Block *blk = &fn->blocks[b];
		for (int i = 0; i < blk->nstmts; i++) {
			const Stmt *s = &blk->stmts[i];
			const Summary *sum = s->kind == ST_CALL ? s->call->summary : NULL;
			if (sum && sum->noreturn) return true;
		}
		if (blk->term.kind == T_UNREACHABLE) return true;
		if (blk->term.kind != T_GOTO) return false;
		b = blk->term.succ[0];
	}
	return false;
}

/* When realloc fails the program stops right there, nothing is lost: the
 * next thing done with the result is a check that does not return on NULL
 * (a summarized `check_oom(p)`), or a null test whose null side ends the
 * program. */
static bool failure_ends_program(const Function *fn, const Block *b, int i, int place) {
	for (i++; i < b->nstmts; i++) {
		const Stmt *s = &b->stmts[i];
		if (s->kind == ST_DEAD) continue;
		if (s->kind != ST_CALL) return false;
		const Summary *sum = s->call->summary;
		for (int k = 0; sum && k < s->call->nargs && k < 64; k++)
			if (((sum->aborts_on_null >> k) & 1) && s->call->args[k].kind == OP_PLACE &&
			    s->call->args[k].place == place)
				return true;
		return false;
	}
	const Term *t = &b->term;
	return t->kind == T_BRANCH && t->cond.kind == OP_PLACE && t->cond.place == place &&
	       ends_program(fn, t->succ[1]);
}

static void check_block(RuleCtx *c, const Function *fn, const Block *b) {
	for (int i = 0; i + 1 < b->nstmts; i++) {
		const Stmt *s = &b->stmts[i];
		if (s->kind != ST_CALL || s->dst < 0 || !s->call->sig || !s->call->sig->realloc_like) continue;
		const Operand *a = s->call->nargs ? &s->call->args[0] : NULL;
		if (!a || a->kind != OP_PLACE || a->offset != OFF_NONE) continue;
		const Stmt *n = &b->stmts[i + 1];
		if (n->kind != ST_ASSIGN || n->dst != a->place || n->src.kind != OP_PLACE || n->src.place != s->dst)
			continue;
		if (failure_ends_program(fn, b, i + 1, a->place)) continue;
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
