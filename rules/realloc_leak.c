/*
 * realloc-leak (CWE-401): `p = realloc(p, n)`. When realloc fails it returns
 * NULL and leaves the old block alone, but the assignment has already
 * overwritten the only pointer to it. Found on the IR: a realloc-like call
 * whose first argument is the place its result is then stored into (a
 * variable, or *pp, p->buf: a caller's buffer is lost the same way).
 */
#include <string.h>
#include "rules.h"
#include "dataflow.h"

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
 * program (lighttpd's force_assert(NULL != b->ptr), past its macro's
 * do-while jump). */
static bool failure_ends_program(const Function *fn, const Block *b, int i, int place) {
	for (int hops = 0; hops < 8; hops++, b = &fn->blocks[b->term.succ[0]], i = -1) {
		for (i++; i < b->nstmts; i++) {
			const Stmt *s = &b->stmts[i];
			if (s->kind == ST_DEAD || s->kind == ST_USE) continue;   /* reading b->ptr reads b first */
			if (s->kind != ST_CALL) return false;
			const Summary *sum = s->call->summary;
			for (int k = 0; sum && k < s->call->nargs && k < 64; k++)
				if (((sum->aborts_on_null >> k) & 1) && s->call->args[k].kind == OP_PLACE &&
				    s->call->args[k].place == place)
					return true;
			return false;
		}
		if (b->term.kind != T_GOTO) break;
	}
	const Term *t = &b->term;
	return t->kind == T_BRANCH && t->cond.kind == OP_PLACE && t->cond.place == place &&
	       ends_program(fn, t->succ[1]);
}

/* The one block that leads to block b, or -1 (none, or several). */
static int only_predecessor(const Function *fn, int b) {
	int pred = -1;
	for (int k = 0; k < fn->nblocks; k++)
		for (int j = 0; j < df_nsuccessors(&fn->blocks[k]); j++)
			if (df_successor(&fn->blocks[k], j) == b) {
				if (pred >= 0 && pred != k) return -1;
				pred = k;
			}
	return pred;
}

/* The variable statement s assigns, or -1. */
static int assigned_var(const Function *fn, const Stmt *s) {
	return (s->kind == ST_ASSIGN || s->kind == ST_CALL) && s->dst >= 0 ? fn->places[s->dst].var : -1;
}

/* After the realloc at statement i of block bi (and the store of its result
 * in place), the failure side returns without assigning variable from: the
 * statements up to a test of place, then its NULL side through blocks with
 * one way on, to a return. */
static bool failure_keeps(const Function *fn, int bi, int i, int place, int from) {
	const Block *b = &fn->blocks[bi];
	for (int k = i + 1; k < b->nstmts; k++)
		if (assigned_var(fn, &b->stmts[k]) == from) return false;
	const Term *t = &b->term;
	if (t->kind != T_BRANCH || t->cond.kind != OP_PLACE || t->cond.place != place) return false;
	for (int hops = 0, n = t->succ[1]; hops < 8; hops++) {
		const Block *x = &fn->blocks[n];
		for (int k = 0; k < x->nstmts; k++)
			if (assigned_var(fn, &x->stmts[k]) == from) return false;
		if (x->term.kind == T_RETURN || x->term.kind == T_UNREACHABLE) return true;
		if (x->term.kind != T_GOTO) return false;
		n = x->term.succ[0];
	}
	return false;
}

/* p is a copy of a pointer another place still holds when realloc fails
 * (p = *pp; p = realloc(p, n); if (!p) return -1;: lmdb's midl.c), or
 * another local took a copy of p before (tmp = p): that
 * place keeps the old block, nothing is lost. Read back from the realloc
 * (statement i of block bi), through blocks with one way in (if (*(--p) > n
 * && (p = realloc(p, ...)))), to p's last assignment: the copy (offsets
 * taken on p, --p, keep it a copy), with nothing assigning the other place
 * on the way; and forward: the failure side returns without assigning it
 * (*slot = p; on that side loses the block all the same). */
static bool copy_held_elsewhere(const Function *fn, int bi, int i, int place) {
	int var = fn->places[place].var, changed[16], nchanged = 0, at = bi, at_i = i;
	if (fn->places[place].kind != PJ_BASE || (fn->vars[var].kind != VK_LOCAL && fn->vars[var].kind != VK_PARAM)) return false;
	for (int hops = 0; hops < 8 && bi >= 0; hops++, bi = only_predecessor(fn, bi), i = bi >= 0 ? fn->blocks[bi].nstmts : 0) {
		const Block *b = &fn->blocks[bi];
		for (int k = i - 1; k >= 0; k--) {
			const Stmt *s = &b->stmts[k];
			int v = assigned_var(fn, s);
			if (v < 0) continue;
			if (v != var) {
				/* tmp = p; p = realloc(p, n); if (!p) { free(tmp); ...: the copy made
				 * before holds the old block (git's diff-delta.c) */
				bool later = false;
				for (int j = 0; j < nchanged; j++) later |= changed[j] == v;
				if (!later && s->kind == ST_ASSIGN && !s->compound && s->src.kind == OP_PLACE && s->src.place == place &&
				    s->src.offset == OFF_NONE && fn->places[s->dst].kind == PJ_BASE && fn->vars[v].kind == VK_LOCAL &&
				    failure_keeps(fn, at, at_i + 1, place, v))
					return true;
				if (nchanged == 16) return false;
				changed[nchanged++] = v;
				continue;
			}
			if (s->kind == ST_ASSIGN && s->compound) continue;   /* --p: still a copy, at an offset */
			if (fn->vars[var].kind != VK_LOCAL) return false;
			if (s->kind != ST_ASSIGN || s->src.kind != OP_PLACE || s->src.place < 0) return false;
			int from = fn->places[s->src.place].var;
			if (from == var || fn->vars[from].kind == VK_TEMP) return false;   /* p = malloc(n): no other holder */
			for (int j = 0; j < nchanged; j++)
				if (changed[j] == from) return false;
			return failure_keeps(fn, at, at_i + 1, place, from);
		}
	}
	return false;
}

static void check_block(RuleCtx *c, const Function *fn, const Block *b) {
	for (int i = 0; i + 1 < b->nstmts; i++) {
		const Stmt *s = &b->stmts[i];
		if (s->kind != ST_CALL || s->dst < 0 || !call_reallocates(s->call)) continue;
		const Operand *a = s->call->nargs ? &s->call->args[0] : NULL;
		if (!a || a->kind != OP_PLACE || a->offset != OFF_NONE) continue;
		int j = i + 1;   /* *pp = realloc(*pp, n): the write through pp comes first */
		while (j + 1 < b->nstmts && b->stmts[j].kind == ST_USE) j++;
		const Stmt *n = &b->stmts[j];
		if (n->kind != ST_ASSIGN || n->dst != a->place || n->src.kind != OP_PLACE || n->src.place != s->dst)
			continue;
		if (failure_ends_program(fn, b, j, a->place)) continue;
		if (copy_held_elsewhere(fn, (int)(b - fn->blocks), i, a->place)) continue;
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
