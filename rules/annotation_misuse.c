/*
 * annotation-misuse (E0261 for lifetimes): an annotation that cannot mean
 * anything where it is written. Reported at the declaration (its name).
 *   - OWNED / BORROW / BORROW_MUT on a non-pointer (OUT_OWNED: not a T **)
 *   - two different ownership annotations on one declaration (a typedef's counts)
 *   - LIFETIME without BORROW or BORROW_MUT beside it, or on a local variable
 *   - a lifetime named on a function that no parameter names (unless static)
 */
#include <string.h>
#include "rules.h"

static const char *kind_word(DeclKind k) {
	switch (k) {
	case DK_FUNCTION: return "the return value of";
	case DK_TYPEDEF: return "typedef";
	default: return "";
	}
}

static void note_use(RuleCtx *c, Diag *d, const AnnotUse *u) {
	if (u->at.line <= 0) return;
	if (u->lifetime) rule_note(c, d, u->at, "LIFETIME(%s) written here", u->lifetime);
	else rule_note(c, d, u->at, "%s written here", mode_macro(u->mode));
}

static void check_modes(RuleCtx *c, const AnnotDecl *d) {
	Mode first = d->typedef_mode;
	int first_use = -1;
	for (int i = 0; i < d->nuses; i++) {
		Mode m = d->uses[i].mode;
		if (m == MODE_NONE) continue;
		if (first != MODE_NONE && first != m) {
			Diag *r = rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			                      "conflicting annotations %s and %s on '%s'", mode_macro(first), mode_macro(m),
			                      d->name);
			if (first_use >= 0) note_use(c, r, &d->uses[first_use]);
			else rule_note(c, r, d->at, "%s comes from the type's typedef", mode_macro(first));
			note_use(c, r, &d->uses[i]);
			return;
		}
		if (first == MODE_NONE) { first = m; first_use = i; }
		bool ok = m == MODE_OUT_OWNED ? d->is_ptr_to_ptr : d->is_pointer;
		if (!ok) {
			const char *what = m == MODE_OUT_OWNED ? "pointers to pointers" : "pointers";
			Diag *r = d->kind == DK_FUNCTION
				? rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
				              "%s applies only to %s, but %s '%s' has type '%s'", mode_macro(m), what,
				              kind_word(d->kind), d->name, d->type)
				: rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
				              "%s applies only to %s, but '%s' has type '%s'", mode_macro(m), what, d->name,
				              d->type);
			note_use(c, r, &d->uses[i]);
			return;
		}
	}
}

static bool has_borrow(const AnnotDecl *d) {
	if (d->typedef_mode == MODE_BORROW || d->typedef_mode == MODE_BORROW_MUT) return true;
	for (int i = 0; i < d->nuses; i++)
		if (d->uses[i].mode == MODE_BORROW || d->uses[i].mode == MODE_BORROW_MUT) return true;
	return false;
}

static void check_lifetimes(RuleCtx *c, const AnnotDecl *d) {
	for (int i = 0; i < d->nuses; i++) {
		const char *lt = d->uses[i].lifetime;
		if (!lt) continue;
		if (d->kind == DK_LOCAL) {
			rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			            "LIFETIME on a local variable '%s': lifetimes name parameters, returns and struct fields",
			            d->name);
			return;
		}
		if (!has_borrow(d)) {
			Diag *r = rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			                      "LIFETIME(%s) on '%s' needs BORROW or BORROW_MUT beside it", lt, d->name);
			note_use(c, r, &d->uses[i]);
			return;
		}
		if (d->kind != DK_FUNCTION || !strcmp(lt, "static")) continue;
		bool declared = false;
		for (int k = 0; k < d->nparam_lifetimes; k++)
			if (!strcmp(d->param_lifetimes[k], lt)) declared = true;
		if (!declared) {
			Diag *r = rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			                      "use of undeclared lifetime '%s' on '%s': no parameter has LIFETIME(%s)", lt,
			                      d->name, lt);
			note_use(c, r, &d->uses[i]);
			return;
		}
	}
}

void check_annotation_misuse(RuleCtx *c) {
	for (int i = 0; i < c->u->annot_decls.len; i++) {
		const AnnotDecl *d = &VEC_AT(&c->u->annot_decls, AnnotDecl, i);
		int before = c->u->diags.len;
		check_modes(c, d);
		if (c->u->diags.len == before) check_lifetimes(c, d);
	}
}
