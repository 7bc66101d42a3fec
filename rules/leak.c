/*
 * leak (CWE-401): an owned value is lost on some path without being released
 * or moved: its last owner's scope ends (at the `}` the path falls off, the
 * `return`, or the jump that leaves it, 7.14), its only owner is overwritten,
 * an OWNED result is discarded (7.13), the struct holding it in an OWNED field
 * is released (7.15), or its owner is handed to an OUT_OWNED parameter (7.19).
 */
#include <stdlib.h>
#include <string.h>
#include "rules.h"

static const char *path_words(const OwnFact *f) {
	if (f->path_pointer) return f->path_true ? "is not NULL" : "is NULL";
	return f->path_true ? "is true" : "is false";
}

static bool same_loc(const DiagLoc *a, const DiagLoc *b) {
	return a->line == b->line && a->col == b->col && !strcmp(a->file, b->file);
}

/* Several values lost at one point (a return that leaves three blocks
 * behind) are one diagnostic (7.4): the first of them by the emitters'
 * order, with a note for each other one at its allocation, so that fixing
 * the first does not leave the rest unseen. diags[first ..] are this
 * rule's, facts[k] the fact of diags[first + k]. */
typedef struct Found { Diag d; const OwnFact *f; } Found;

static int by_diag(const void *a, const void *b) { return diag_compare(&((const Found *)a)->d, &((const Found *)b)->d); }

static void merge_same_point(RuleCtx *c, int first, const OwnFact **facts) {
	Vec *v = &c->u->diags;
	int n = v->len - first;
	if (n < 2) return;
	Found *all = xmalloc(sizeof(Found) * (size_t)n);
	for (int i = 0; i < n; i++) all[i] = (Found){VEC_AT(v, Diag, first + i), facts[i]};
	qsort(all, (size_t)n, sizeof(Found), by_diag);   /* one point's together, the first one first */
	v->len = first;
	for (int i = 0; i < n;) {
		Diag *d = vec_push(v);
		*d = all[i].d;
		int j = i + 1;
		for (; j < n && same_loc(&all[j].d.at, &d->at); j++) {
			const OwnFact *f = all[j].f;
			if (f->has_alloc && f->alloc_by)
				rule_note(c, d, f->alloc_at, "'%s', allocated here by '%s', leaks there too", f->what, f->alloc_by);
			else
				rule_note_at(c, d, d->at, "'%s' leaks there too", f->what);
		}
		i = j;
	}
	free(all);
}

void check_leak(RuleCtx *c) {
	int first = c->u->diags.len;
	Vec facts;   /* const OwnFact *, one per diagnostic */
	vec_init(&facts, sizeof(const OwnFact *));
	for (int i = 0; i < c->facts->len; i++) {
		const OwnFact *f = &VEC_AT(c->facts, OwnFact, i);
		if (f->kind != FACT_LEAK) continue;
		*(const OwnFact **)vec_push(&facts) = f;
		Severity sev = f->strict ? SEV_ERROR : SEV_WARNING;
		Diag *d;
		switch (f->leak) {
		case LEAK_OVERWRITE:
			d = rule_report(c, R_LEAK, sev, f->at, f->function,
			                "leak of '%s': it is overwritten while it still owns its memory", f->what);
			break;
		case LEAK_DISCARDED:
			d = rule_report(c, R_LEAK, sev, f->at, f->function, "leak of the value returned by '%s'",
			                f->callee ? f->callee : "the call");
			break;
		case LEAK_FIELD:
			d = rule_report(c, R_LEAK, sev, f->at, f->function,
			                "leak of '%s': '%s' is released while it still owns it", f->what, f->owner);
			break;
		case LEAK_OUT_PARAM:
			d = rule_report(c, R_LEAK, sev, f->at, f->function,
			                "leak of '%s': '&%s' is passed to an OUT_OWNED parameter while it still owns its memory",
			                f->what, f->what);
			break;
		default:
			if (f->path) {
				d = rule_report(c, R_LEAK, sev, f->at, f->function, "leak of '%s' when '%s' %s", f->what,
				                f->path, path_words(f));
			} else {
				d = rule_report(c, R_LEAK, sev, f->at, f->function, "leak of '%s'", f->what);
			}
			break;
		}
		if (f->has_alloc && f->alloc_by && f->leak != LEAK_DISCARDED && f->alloc_into)
			rule_note(c, d, f->alloc_at, "allocated here by '%s' into '%s', then held by '%s'", f->alloc_by,
			          f->alloc_into, f->what);
		else if (f->has_alloc && f->alloc_by && f->leak != LEAK_DISCARDED)
			rule_note(c, d, f->alloc_at, "'%s' allocated here by '%s'", f->what, f->alloc_by);
		else if (f->has_alloc && f->leak == LEAK_DISCARDED)
			rule_note(c, d, f->alloc_at, "allocated here by '%s' and never stored", f->alloc_by);
		else if (f->has_alloc)
			rule_note(c, d, f->alloc_at, "'%s' is an OWNED parameter: this function must release or move it",
			          f->what);
		if (f->has_alloc) note_allocator_elsewhere(c, d, f->alloc_call);
		if (f->path) rule_note(c, d, f->path_at, "the leaking path: '%s' %s", f->path, path_words(f));
	}
	merge_same_point(c, first, facts.data);
	vec_free(&facts);
}
