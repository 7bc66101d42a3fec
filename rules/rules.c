/*
 * rules.c - the rule table, reporting helpers, and the order in which a
 * unit's analyses and rules run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules.h"

const RuleInfo rule_table[R_COUNT] = {
#define RULE(e, id, fn, rust, cwe, sev, on, summary) {id, rust, cwe, sev, summary, on == OPT_IN},
#include "rules.def"
#undef RULE
};

int rule_lookup(const char *id) {
	for (int i = 0; i < R_COUNT; i++)
		if (!strcmp(rule_table[i].id, id)) return i;
	return -1;
}

bool rule_is_whole_program(int id) { return id == R_RECURSION || id == R_STACK_DEPTH; }

void rules_run_whole_program(Unit *u, const bool *enabled, const Program *prog, int unit, long long stack_limit) {
	RuleCtx c = {u, NULL, NULL, prog, unit, stack_limit};
	if (enabled[R_RECURSION]) check_recursion(&c);
	if (enabled[R_STACK_DEPTH]) check_stack_depth(&c);
}

Diag *rule_report(RuleCtx *c, RuleId r, Severity sev, SrcRange at, const char *function, const char *fmt, ...) {
	Diag *d = vec_push(&c->u->diags);
	d->rule = r;
	d->sev = sev;
	d->at = unit_loc(c->u, at);
	d->function = function;
	va_list ap;
	va_start(ap, fmt);
	d->msg = arena_vprintf(&c->u->arena, fmt, ap);
	va_end(ap);
	return d;
}

static Note *vnote(RuleCtx *c, Diag *d, DiagLoc at, const char *fmt, va_list ap) {
	Note *notes = ARENA_ARRAY(&c->u->arena, Note, d->nnotes + 1);
	if (d->nnotes) memcpy(notes, d->notes, sizeof(Note) * (size_t)d->nnotes);
	Note *n = &notes[d->nnotes];
	n->at = at;
	n->after = false;
	n->msg = arena_vprintf(&c->u->arena, fmt, ap);
	d->notes = notes;
	d->nnotes++;
	return n;
}

Note *rule_note(RuleCtx *c, Diag *d, SrcRange at, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	Note *n = vnote(c, d, unit_loc(c->u, at), fmt, ap);
	va_end(ap);
	return n;
}

Note *rule_note_at(RuleCtx *c, Diag *d, DiagLoc at, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	Note *n = vnote(c, d, at, fmt, ap);
	va_end(ap);
	return n;
}

/* The definition, in another file, of a call's callee whose summary ownck
 * inferred (nothing in this file shows what it does); NULL otherwise. */
static const ProgFn *defined_elsewhere(const RuleCtx *c, const Call *call) {
	if (!c->prog || !call || (call->sig && (call->sig->from_model || call->sig->annotated)))
		return NULL;   /* its declaration says what it does */
	return program_callee(c->prog, call);
}

static void note_inferred_elsewhere(RuleCtx *c, Diag *d, const OwnSite *s) {
	const ProgFn *fn = defined_elsewhere(c, s->call);
	if (!fn || !((s->call->summary->releases >> s->arg) & 1)) return;
	static const char *const nth[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
	if (s->arg < 6)
		rule_note_at(c, d, fn->at, "'%s', defined here, releases its %s parameter on every path (inferred from its body)",
		             fn->name, nth[s->arg]);
	else
		rule_note_at(c, d, fn->at, "'%s', defined here, releases its parameter %d on every path (inferred from its body)",
		             fn->name, s->arg + 1);
}

void note_allocator_elsewhere(RuleCtx *c, Diag *d, const Call *call) {
	const ProgFn *fn = defined_elsewhere(c, call);
	if (fn && call->summary->allocator)
		rule_note_at(c, d, fn->at, "'%s', defined here, returns memory the caller owns (inferred from its body)",
		             fn->name);
}

void note_sites(RuleCtx *c, Diag *d, const OwnFact *f, bool first) {
	for (int i = 0; i < f->nsites; i++) {
		const OwnSite *s = &f->sites[i];
		const char *what = s->what && *s->what ? s->what : f->what;
		const char *loop = s->later ? ", in previous iteration of loop" : "";
		switch (s->kind) {
		case SITE_MOVE_PARAM:
			if (s->param && *s->param)
				rule_note(c, d, s->at, "'%s' moved here, into parameter '%s' of '%s'%s", what, s->param,
				          s->callee, loop);
			else
				rule_note(c, d, s->at, "'%s' moved here, into '%s'%s", what, s->callee, loop);
			break;
		case SITE_MOVE_VAR:
			rule_note(c, d, s->at, "'%s' moved here, into '%s'%s", what, s->into, loop);
			break;
		case SITE_MOVE_RETURN:
			rule_note(c, d, s->at, "'%s' moved here, returned to the caller%s", what, loop);
			break;
		case SITE_RELEASE:
			rule_note(c, d, s->at, "'%s' %sreleased here by '%s'%s", what, first ? "first " : "", s->callee,
			          loop);
			note_inferred_elsewhere(c, d, s);
			break;
		}
	}
}

void rules_run(Unit *u, const bool *enabled, const Program *prog, int unit, long long stack_limit) {
	Vec facts;
	vec_init(&facts, sizeof(OwnFact));
	Vec loan_facts;
	vec_init(&loan_facts, sizeof(LoanFact));
	Stats *st = &u->stats;
	double t0, t1 = stats_now();
	for (int i = 0; i < u->funcs.len; i++) {
		Function *f = VEC_AT(&u->funcs, Function *, i);
		t0 = t1;
		bool done = ownership_analyze(u, f, &facts);
		st->t_ownership += (t1 = stats_now()) - t0;
		done &= loans_check(u, f, &loan_facts);
		st->t_loans += (t0 = stats_now()) - t1;
		t1 = t0;
		if (!done) {   /* reported like a body that could not be lowered; an analysis that ran out reported nothing */
			f->skipped = arena_printf(&u->arena, "too complex for the analysis budget (%lld MiB; --function-budget "
			                          "raises it)", u->budget >> 20);
			st->skipped_functions++;
		}
	}
	RuleCtx c = {u, &facts, &loan_facts, prog, unit, stack_limit};
#define RULE(e, id, fn, rust, cwe, sev, on, summary) if (enabled[e]) fn(&c);
#include "rules.def"
#undef RULE
	st->t_rules += stats_now() - t1;
	vec_free(&facts);
	vec_free(&loan_facts);
}
