/*
 * verify.c - expectation comments, the test format every test of the tool
 * shares (annotations.md 6):
 *
 *   // expect: RULE[, RULE]   this line is the primary location of exactly these
 *   // expect-note: TEXT      some note points at this line and contains TEXT
 *   // ownck-args: ARGS       (first line) options, and after `--` compiler args
 *
 * Every line without `expect:` must get no diagnostic.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verify.h"
#include "paths.h"

typedef struct Expect { int line; const char *what; bool note; bool seen; } Expect;

static char *trim(char *s) {
	while (isspace((unsigned char)*s)) s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1])) *--e = 0;
	return s;
}

/* Collects `expect:` rules (one Expect per rule) and `expect-note:` texts. */
static void parse_expectations(char *text, Vec *out, Arena *a) {
	int line = 1;
	for (char *p = text; *p; line++) {
		char *nl = strchr(p, '\n');
		if (nl) *nl = 0;
		for (char *c = strstr(p, "// expect"); c; c = strstr(c + 2, "// expect")) {
			bool note = !strncmp(c, "// expect-note:", 15);
			if (!note && strncmp(c, "// expect:", 10)) continue;
			char *body = arena_strdup(a, c + (note ? 15 : 10));
			char *end = strstr(body, "//");
			if (end) *end = 0;
			if (note) {
				Expect *e = vec_push(out);
				e->line = line;
				e->what = trim(body);
				e->note = true;
				continue;
			}
			char *sv = NULL;
			for (char *tok = strtok_r(body, ",", &sv); tok; tok = strtok_r(NULL, ",", &sv)) {
				Expect *e = vec_push(out);
				e->line = line;
				e->what = trim(tok);
			}
		}
		if (!nl) break;
		*nl = '\n';
		p = nl + 1;
	}
}

/* `// ownck-args:` on the first line: options, then `--` compiler args. */
static bool file_args(char *text, Options *o, Vec *cc, Arena *a) {
	if (strncmp(text, "// ownck-args:", 14)) return true;
	char *nl = strchr(text, '\n');
	char *line = arena_strndup(a, text + 14, nl ? (size_t)(nl - text - 14) : strlen(text + 14));
	bool compiler = false;
	char *save = NULL;
	for (char *w = strtok_r(line, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		if (compiler) { *(const char **)vec_push(cc) = w; continue; }
		if (!strcmp(w, "--")) { compiler = true; continue; }
		bool on = !strncmp(w, "--enable=", 9);
		if (on || !strncmp(w, "--disable=", 10)) {
			char *save2 = NULL;
			for (char *r = strtok_r(w + (on ? 9 : 10), ",", &save2); r; r = strtok_r(NULL, ",", &save2)) {
				int id = rule_lookup(r);
				if (id < 0) { fprintf(stderr, "ownck: error: unknown rule '%s' in ownck-args\n", r); return false; }
				o->enabled[id] = on;
			}
			continue;
		}
		if (!strncmp(w, "--stack-limit=", 14)) {
			o->stack_limit = atoll(w + 14);
			continue;
		}
		fprintf(stderr, "ownck: error: option '%s' is not supported in ownck-args\n", w);
		return false;
	}
	return true;
}

typedef enum Verdict { V_OK, V_MISMATCH, V_UNREADABLE } Verdict;

static Verdict verify_one(const Options *base, Frontend *fe, const char *path) {
	char *text = path_read_text(path);
	if (!text) {
		fprintf(stderr, "ownck: error: cannot read '%s'\n", path);
		printf("FAIL %s: cannot read the file\n", path);
		return V_UNREADABLE;
	}
	Arena a;
	arena_init(&a);
	Options o = *base;
	Vec cc, exp;
	vec_init(&cc, sizeof(const char *));
	vec_init(&exp, sizeof(Expect));
	for (int i = 0; i < base->ncc_args; i++) *(const char **)vec_push(&cc) = base->cc_args[i];
	bool ok = file_args(text, &o, &cc, &a);
	parse_expectations(text, &exp, &a);
	Unit *u = ok ? driver_analyze_one(fe, path, cc.data, cc.len, o.enabled, o.stack_limit) : NULL;
	if (u && u->failed) {
		printf("FAIL %s: the file was not analyzed\n", path);
		for (int i = 0; i < u->errors.len; i++) printf("    %s\n", VEC_AT(&u->errors, const char *, i));
		ok = false;
	}
	if (u && ok) {
		diag_sort_dedupe(&u->diags);
		const char *main_file = u->files.len ? VEC_AT(&u->files, const char *, 0) : path;
		int bad = 0;
		for (int i = 0; i < u->diags.len; i++) {
			const Diag *d = &VEC_AT(&u->diags, Diag, i);
			if (strcmp(d->at.file, main_file)) continue;
			bool matched = false;
			for (int k = 0; k < exp.len && !matched; k++) {
				Expect *e = &VEC_AT(&exp, Expect, k);
				if (!e->note && !e->seen && e->line == d->at.line && !strcmp(e->what, rule_table[d->rule].id))
					e->seen = matched = true;
			}
			for (int k = 0; k < exp.len; k++) {   /* notes */
				Expect *e = &VEC_AT(&exp, Expect, k);
				for (int n = 0; e->note && n < d->nnotes; n++)
					if (d->notes[n].at.line == e->line && !strcmp(d->notes[n].at.file, main_file) &&
					    strstr(d->notes[n].msg, e->what))
						e->seen = true;
			}
			if (!matched) {
				if (!bad++) printf("FAIL %s\n", path);
				printf("    %s:%d:%d: unexpected %s: %s [%s]\n", path, d->at.line, d->at.col,
				       severity_name(d->sev), d->msg, rule_table[d->rule].id);
			}
		}
		for (int k = 0; k < exp.len; k++) {
			Expect *e = &VEC_AT(&exp, Expect, k);
			if (e->seen) continue;
			if (!bad++) printf("FAIL %s\n", path);
			if (e->note) printf("    %s:%d: expected a note containing '%s'\n", path, e->line, e->what);
			else if (rule_lookup(e->what) < 0) printf("    %s:%d: unknown rule '%s' in expect\n", path, e->line, e->what);
			else printf("    %s:%d: expected %s, not reported\n", path, e->line, e->what);
		}
		ok = bad == 0;
		if (ok) printf("ok %s (%d diagnostic%s)\n", path, u->diags.len, u->diags.len == 1 ? "" : "s");
	}
	unit_free(u);
	vec_free(&cc);
	vec_free(&exp);
	arena_free(&a);
	free(text);
	return ok ? V_OK : V_MISMATCH;
}

typedef struct VerifyJob {
	const Options *o;
	const FrontendConfig *cfg;
	const Model *m;
	int failed, unreadable;
} VerifyJob;

static void verify_all(void *arg) {
	VerifyJob *j = arg;
	Frontend *fe = frontend_new(j->cfg, j->m);
	for (int i = 0; i < j->o->nfiles; i++) {
		Verdict v = verify_one(j->o, fe, j->o->files[i]);
		j->failed += v != V_OK;
		j->unreadable += v == V_UNREADABLE;
	}
	frontend_free(fe);
}

int verify_files(const Options *o, const FrontendConfig *cfg, const Model *m) {
	VerifyJob j = {o, cfg, m, 0, 0};
	driver_on_big_stack(verify_all, &j);
	return j.unreadable ? 2 : j.failed ? 1 : 0;
}
