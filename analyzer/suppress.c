/*
 * suppress.c - finding, applying and checking ownck-ignore comments
 * (suppress.h).
 *
 * Each file is read once with a small lexer that knows string and character
 * literals and both comment forms, so that "ownck-ignore:" inside a string is
 * not a suppression. The directive must open its comment (after the // or
 * the opening of a block comment and white space), so that prose about
 * ownck-ignore in a comment is not one. The list of names ends at the first
 * word not introduced by a comma; what follows is free text (a reason):
 * "// ownck-ignore: leak -- freed by the pool".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suppress.h"
#include "ruleset.h"

typedef struct Name {
	const char *file;
	int line;           /* of the comment */
	int target;         /* the line it applies to */
	int col, end_col;   /* of the name */
	char *name;         /* arena */
	int rule;           /* -1 when unknown */
	bool used;
} Name;

struct Suppressions {
	Arena arena;
	Vec files;          /* const char *: scanned already */
	Vec names;          /* Name */
};

Suppressions *suppress_new(void) {
	Suppressions *s = xcalloc(1, sizeof(Suppressions));
	arena_init(&s->arena);
	vec_init(&s->files, sizeof(const char *));
	vec_init(&s->names, sizeof(Name));
	return s;
}

void suppress_free(Suppressions *s) {
	if (!s) return;
	vec_free(&s->files);
	vec_free(&s->names);
	arena_free(&s->arena);
	free(s);
}

static bool name_char(char c) {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static const char DIRECTIVE[] = "ownck-ignore:";

/* Parses the names after "ownck-ignore:" at text[i] (the first byte after
 * the colon), up to end (the end of the comment or line). */
static void parse_names(Suppressions *s, const char *file, const char *text, size_t line_start, int line,
                        size_t i, size_t end) {
	bool first = true;
	for (;;) {
		while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
		size_t b = i;
		while (i < end && name_char(text[i])) i++;
		if (i == b) {
			if (first) {   /* "ownck-ignore:" naming nothing */
				Name *n = vec_push(&s->names);
				n->file = file;
				n->line = n->target = line;
				n->col = (int)(b - line_start) + 1;
				n->end_col = n->col + 1;
				n->name = arena_strdup(&s->arena, "");
				n->rule = -1;
			}
			return;
		}
		Name *n = vec_push(&s->names);
		n->file = file;
		n->line = n->target = line;
		n->col = (int)(b - line_start) + 1;
		n->end_col = (int)(i - line_start) + 1;
		n->name = arena_strndup(&s->arena, text + b, i - b);
		n->rule = rule_find(n->name);
		first = false;
		size_t j = i;
		while (j < end && (text[j] == ' ' || text[j] == '\t')) j++;
		if (j < end && text[j] == ',') i = j + 1;
		else return;
	}
}

void suppress_scan(Suppressions *s, SourceCache *src, const char *file) {
	for (int i = 0; i < s->files.len; i++)
		if (!strcmp(VEC_AT(&s->files, const char *, i), file)) return;
	*(const char **)vec_push(&s->files) = file;
	Source *f = source_get(src, file);
	if (!f->text || !memmem(f->text, f->size, DIRECTIVE, sizeof DIRECTIVE - 1)) return;
	const char *t = f->text;
	size_t n = f->size, line_start = 0;
	int line = 1;
	bool block = false, code = false;   /* in a block comment; the line has code */
	int line_first = s->names.len;      /* this line's names start here */
	for (size_t i = 0; i <= n; i++) {
		if (i == n || t[i] == '\n') {
			/* a comment alone on its line applies to the next one */
			for (int k = line_first; k < s->names.len; k++)
				if (!code) VEC_AT(&s->names, Name, k).target = line + 1;
			if (i == n) break;
			line++;
			line_start = i + 1;
			code = false;
			line_first = s->names.len;
			continue;
		}
		char c = t[i];
		if (block) {
			if (c == '*' && i + 1 < n && t[i + 1] == '/') { block = false; i++; }
			continue;
		}
		if (c == '/' && i + 1 < n && (t[i + 1] == '/' || t[i + 1] == '*')) {
			/* the directive opens the comment, after the opener and white space */
			bool line_comment = t[i + 1] == '/';
			size_t j = i + 2;
			while (j < n && (t[j] == ' ' || t[j] == '\t' || (line_comment && t[j] == '/') || (!line_comment && t[j] == '*' &&
			                 !(j + 1 < n && t[j + 1] == '/'))))
				j++;
			size_t end = j;
			while (end < n && t[end] != '\n' && (line_comment || !(t[end] == '*' && end + 1 < n && t[end + 1] == '/'))) end++;
			if (end - j >= sizeof DIRECTIVE - 1 && !strncmp(t + j, DIRECTIVE, sizeof DIRECTIVE - 1))
				parse_names(s, file, t, line_start, line, j + sizeof DIRECTIVE - 1, end);
			if (line_comment) {
				i = end - 1;
			} else {
				block = true;
				i += 1;
			}
			continue;
		}
		if (c == '"' || c == '\'') {
			code = true;
			size_t j = i + 1;
			while (j < n && t[j] != c && t[j] != '\n') j += t[j] == '\\' ? 2 : 1;
			if (j >= n) j = n - 1;
			if (t[j] == '\n') j--;   /* an unterminated literal ends with its line */
			i = j;
			continue;
		}
		if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') code = true;
	}
}

int suppress_filter(Suppressions *s, SourceCache *src, Vec *diags) {
	Diag *d = diags->data;
	for (int i = 0; i < diags->len; i++) suppress_scan(s, src, d[i].at.file);
	int out = 0, dropped = 0;
	for (int i = 0; i < diags->len; i++) {
		bool hidden = false;
		for (int k = 0; k < s->names.len; k++) {
			Name *n = &VEC_AT(&s->names, Name, k);
			if (n->rule == d[i].rule && n->target == d[i].at.line && !strcmp(n->file, d[i].at.file)) {
				n->used = true;
				hidden = true;
			}
		}
		if (hidden) dropped++;
		else d[out++] = d[i];
	}
	diags->len = out;
	return dropped;
}

/* Edit distance, for "did you mean". */
static int distance(const char *a, const char *b) {
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64) return 99;
	int row[65];
	for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		int prev = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int cur = row[j];
			int best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best) best = row[j] + 1;
			if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

static void report(Suppressions *s, Vec *diags, const Name *n, int rule, const char *msg) {
	Diag *d = vec_push(diags);
	d->rule = rule;
	d->sev = rule_info(rule)->severity;
	d->at.file = n->file;
	d->at.line = d->at.end_line = n->line;
	d->at.col = n->col;
	d->at.end_col = n->end_col > n->col ? n->end_col : n->col + 1;
	d->msg = msg;
	(void)s;
}

void suppress_report(Suppressions *s, bool report_unused, RuleEnabledFn enabled, void *ctx, Vec *diags) {
	for (int k = 0; k < s->names.len; k++) {
		const Name *n = &VEC_AT(&s->names, Name, k);
		if (n->rule < 0) {
			if (!enabled(ctx, R_UNKNOWN_SUPPRESSION, n->file)) continue;
			if (!*n->name) {
				report(s, diags, n, R_UNKNOWN_SUPPRESSION, "'ownck-ignore:' names no rule");
				continue;
			}
			const char *best = NULL;
			int bestd = 3;
			for (int r = 0; r < R_ALL; r++) {
				int dd = distance(n->name, rule_info(r)->id);
				if (dd < bestd) { bestd = dd; best = rule_info(r)->id; }
			}
			const char *msg = best ? arena_printf(&s->arena, "unknown rule '%s' in ownck-ignore; did you mean '%s'?",
			                                      n->name, best)
			                       : arena_printf(&s->arena, "unknown rule '%s' in ownck-ignore (see ownck --list-rules)",
			                                      n->name);
			report(s, diags, n, R_UNKNOWN_SUPPRESSION, msg);
		} else if (report_unused && !n->used && enabled(ctx, R_UNUSED_SUPPRESSION, n->file) &&
		           (n->rule >= R_COUNT || enabled(ctx, n->rule, n->file))) {
			report(s, diags, n, R_UNUSED_SUPPRESSION,
			       arena_printf(&s->arena, "unused suppression: no '%s' finding on %s", n->name,
			                    n->target == n->line ? "this line" : "the next line"));
		}
	}
}
