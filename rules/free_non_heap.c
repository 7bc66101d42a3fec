#include <stdio.h>
/*
 * free-non-heap (CWE-590): releasing memory that was never allocated: the
 * address of a local, of a global or static, a string literal, a function.
 * An error with or without annotations (7.45).
 */
#include "rules.h"

static const char *what_it_is(const OwnFact *f, char *buf, size_t n) {
	switch (f->origin & -f->origin) {   /* the lowest bit: one kind is enough to name */
	case ORIG_STACK:
		snprintf(buf, n, "the address of local variable '%s'", f->origin_name ? f->origin_name : "?");
		break;
	case ORIG_GLOBAL:
		snprintf(buf, n, "the address of global '%s'", f->origin_name ? f->origin_name : "?");
		break;
	case ORIG_STATIC:
		snprintf(buf, n, "the address of static variable '%s'", f->origin_name ? f->origin_name : "?");
		break;
	case ORIG_STRING:
		snprintf(buf, n, "a string literal");
		break;
	default:
		snprintf(buf, n, "function '%s'", f->origin_name ? f->origin_name : "?");
		break;
	}
	return buf;
}

void check_free_non_heap(RuleCtx *c) {
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_FREE_NON_HEAP) continue;
		char what[256];
		what_it_is(f, what, sizeof what);
		Diag *d = rule_report(c, R_FREE_NON_HEAP, SEV_ERROR, f->at, f->function,
		                      "'%s' releases %s, which is not heap memory", f->callee, what);
		if (f->has_value) rule_note(c, d, f->value_at, "'%s' gets that value here", f->what);
	}
}
