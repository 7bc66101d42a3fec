/*
 * diag.c - ordering and de-duplication of diagnostics.
 */
#include <stdlib.h>
#include <string.h>
#include "diag.h"

const char *severity_name(Severity s) {
	return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

static int cmp_int(int a, int b) { return a < b ? -1 : a > b; }
static int cmp_str(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

int diag_compare(const Diag *a, const Diag *b) {
	int c = strcmp(a->at.file, b->at.file);
	if (c) return c;
	if ((c = cmp_int(a->at.line, b->at.line))) return c;
	if ((c = cmp_int(a->at.col, b->at.col))) return c;
	if ((c = cmp_int(a->rule, b->rule))) return c;
	if ((c = strcmp(a->msg, b->msg))) return c;
	/* the same finding from two units (a header, a file built twice with
	 * other flags) may explain itself otherwise: which one is kept must not
	 * depend on the order the workers finished in */
	if ((c = cmp_int(a->nnotes, b->nnotes))) return c;
	for (int i = 0; i < a->nnotes; i++) {
		const Note *x = &a->notes[i], *y = &b->notes[i];
		if ((c = cmp_str(x->at.file, y->at.file)) || (c = cmp_int(x->at.line, y->at.line)) ||
		    (c = cmp_int(x->at.col, y->at.col)) || (c = cmp_str(x->msg, y->msg)))
			return c;
	}
	return 0;
}

static int cmp_diag(const void *a, const void *b) { return diag_compare(a, b); }

int diag_sort_dedupe(Vec *v) {
	Diag *d = v->data;
	if (v->len > 1) qsort(d, (size_t)v->len, sizeof(Diag), cmp_diag);
	int out = 0;
	for (int i = 0; i < v->len; i++) {
		/* one diagnostic per rule and primary location (annotations.md 7.4) */
		if (out && d[out - 1].rule == d[i].rule && d[out - 1].at.line == d[i].at.line &&
		    d[out - 1].at.col == d[i].at.col && !strcmp(d[out - 1].at.file, d[i].at.file))
			continue;
		d[out++] = d[i];
	}
	v->len = out;
	return out;
}
