/*
 * emit_text.c - diagnostics in the shape GCC and Clang print, which editors
 * and CI problem matchers already parse:
 *
 *   file:line:col: error: message [rule]
 *      42 |     source line
 *         |     ^~~~
 *   file:line:col: note: ...
 */
#include <stdlib.h>
#include <string.h>
#include "emit.h"
#include "ruleset.h"

#define C_BOLD    "\033[01m"
#define C_ERROR   "\033[01;31m"
#define C_WARNING "\033[01;35m"
#define C_NOTE    "\033[01;36m"
#define C_CARET   "\033[01;32m"
#define C_RESET   "\033[m"

/* The source line with tabs expanded, and the caret under [col, end). */
static void snippet(FILE *out, SourceCache *srcs, const DiagLoc *at, bool color) {
	Source *s = source_get(srcs, at->file);
	const char *line;
	size_t len;
	if (!source_line(s, at->line, &line, &len)) return;
	int last = at->end_line == at->line ? at->end_col : (int)len + 1;
	if (last <= at->col) last = at->col + 1;
	fprintf(out, "%5d | ", at->line);
	int dcol = 0, caret_start = -1, caret_end = -1;
	for (size_t i = 0; i <= len; i++) {
		if ((int)i + 1 == at->col) caret_start = dcol;
		if ((int)i + 1 == last) caret_end = dcol;
		if (i == len) break;
		if (line[i] == '\t') {
			int w = 8 - dcol % 8;
			fprintf(out, "%*s", w, "");
			dcol += w;
		} else {
			fputc(line[i], out);
			dcol++;
		}
	}
	if (caret_start < 0) caret_start = dcol;
	if (caret_end <= caret_start) caret_end = caret_start + 1;
	fputs("\n      | ", out);
	fprintf(out, "%*s", caret_start, "");
	if (color) fputs(C_CARET, out);
	fputc('^', out);
	for (int i = caret_start + 1; i < caret_end; i++) fputc('~', out);
	if (color) fputs(C_RESET, out);
	fputc('\n', out);
}

static void header(FILE *out, const DiagLoc *at, const char *kind, const char *kcolor, bool color) {
	if (color) fprintf(out, C_BOLD "%s:%d:%d:" C_RESET " %s%s:" C_RESET " ", at->file, at->line, at->col, kcolor, kind);
	else fprintf(out, "%s:%d:%d: %s: ", at->file, at->line, at->col, kind);
}

void emit_text(const EmitInput *in, FILE *out, bool color, bool quiet) {
	int errors = 0, warnings = 0;
	for (int i = 0; i < in->ndiags; i++) {
		const Diag *d = &in->diags[i];
		bool err = d->sev == SEV_ERROR;
		errors += err;
		warnings += !err;
		header(out, &d->at, severity_name(d->sev), err ? C_ERROR : C_WARNING, color);
		fprintf(out, "%s [%s]\n", d->msg, rule_info(d->rule)->id);
		snippet(out, in->sources, &d->at, color);
		for (int k = 0; k < d->nnotes; k++) {
			header(out, &d->notes[k].at, "note", C_NOTE, color);
			fprintf(out, "%s\n", d->notes[k].msg);
			snippet(out, in->sources, &d->notes[k].at, color);
		}
	}
	if (quiet || (!errors && !warnings)) return;
	if (errors && warnings)
		fprintf(out, "%d error%s and %d warning%s generated.\n", errors, errors == 1 ? "" : "s", warnings,
		        warnings == 1 ? "" : "s");
	else if (errors)
		fprintf(out, "%d error%s generated.\n", errors, errors == 1 ? "" : "s");
	else
		fprintf(out, "%d warning%s generated.\n", warnings, warnings == 1 ? "" : "s");
}

void emit_errors(const EmitInput *in, FILE *err, bool color) {
	for (int i = 0; i < in->nunits; i++) {
		const Unit *u = in->units[i];
		for (int k = 0; k < u->errors.len; k++) {
			const char *msg = VEC_AT(&u->errors, const char *, k);
			/* clang's own messages already carry file:line:col: error: */
			if (strstr(msg, ": error: ") || strstr(msg, ": fatal error: ")) fprintf(err, "%s\n", msg);
			else if (color) fprintf(err, C_BOLD "ownck: " C_ERROR "error:" C_RESET " %s\n", msg);
			else fprintf(err, "ownck: error: %s\n", msg);
		}
		if (u->failed && u->errors.len && (strstr(VEC_AT(&u->errors, const char *, 0), ": error: ") ||
		                                   strstr(VEC_AT(&u->errors, const char *, 0), ": fatal error: ")))
			fprintf(err, "ownck: error: '%s' was not analyzed: it does not compile\n", u->path);
	}
}
