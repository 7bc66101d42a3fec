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

static void check_modes(RuleCtx *c, const AnnotDecl *d) {
	Mode first = d->typedef_mode;
	for (int i = 0; i < d->nuses; i++) {
		Mode m = d->uses[i].mode;
		if (m == MODE_NONE) continue;
		if (first != MODE_NONE && first != m) {
			rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			            "conflicting annotations %s and %s on '%s'", mode_macro(first), mode_macro(m), d->name);
			return;
		}
		if (first == MODE_NONE) first = m;
		bool ok = m == MODE_OUT_OWNED ? d->is_ptr_to_ptr : d->is_pointer;
		if (!ok) {
			const char *what = m == MODE_OUT_OWNED ? "pointers to pointers" : "pointers";
			if (d->kind == DK_FUNCTION)
				rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
				            "%s applies only to %s, but %s '%s' has type '%s'", mode_macro(m), what,
				            kind_word(d->kind), d->name, d->type);
			else
				rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
				            "%s applies only to %s, but '%s' has type '%s'", mode_macro(m), what, d->name,
				            d->type);
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
			rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			            "LIFETIME(%s) on '%s' needs BORROW or BORROW_MUT beside it", lt, d->name);
			return;
		}
		if (d->kind != DK_FUNCTION || !strcmp(lt, "static")) continue;
		bool declared = false;
		for (int k = 0; k < d->nparam_lifetimes; k++)
			if (!strcmp(d->param_lifetimes[k], lt)) declared = true;
		if (!declared) {
			rule_report(c, R_ANNOTATION_MISUSE, SEV_ERROR, d->at, NULL,
			            "use of undeclared lifetime '%s' on '%s': no parameter has LIFETIME(%s)", lt, d->name, lt);
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
