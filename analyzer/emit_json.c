/*
 * emit_json.c - the --format=json document (interfaces.md), built with cJSON.
 * Key order is fixed by insertion order; docs/json.md documents it and docs/ownck-json.schema.json
 * is its JSON Schema.
 */
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "emit.h"
#include "ruleset.h"

#ifndef OWNCK_VERSION
#define OWNCK_VERSION "0.1.0"
#endif

static cJSON *location(const DiagLoc *at) {
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "file", at->file);
	cJSON_AddNumberToObject(o, "line", at->line);
	cJSON_AddNumberToObject(o, "column", at->col);
	cJSON_AddNumberToObject(o, "end_line", at->end_line);
	cJSON_AddNumberToObject(o, "end_column", at->end_col);
	return o;
}

static cJSON *diagnostic(const Diag *d) {
	const RuleInfo *r = rule_info(d->rule);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "rule", r->id);
	cJSON_AddStringToObject(o, "severity", severity_name(d->sev));
	if (r->rust) cJSON_AddStringToObject(o, "rust_code", r->rust);
	else cJSON_AddNullToObject(o, "rust_code");
	if (r->cwe) cJSON_AddNumberToObject(o, "cwe", r->cwe);
	else cJSON_AddNullToObject(o, "cwe");
	cJSON_AddStringToObject(o, "message", d->msg);
	cJSON_AddItemToObject(o, "location", location(&d->at));
	cJSON *notes = cJSON_AddArrayToObject(o, "notes");
	for (int i = 0; i < d->nnotes; i++) {
		cJSON *n = cJSON_CreateObject();
		cJSON_AddStringToObject(n, "message", d->notes[i].msg);
		cJSON_AddItemToObject(n, "location", location(&d->notes[i].at));
		cJSON_AddItemToArray(notes, n);
	}
	cJSON_AddArrayToObject(o, "fixits");
	return o;
}

static void add_errors(cJSON *arr, const Unit *u) {
	if (!u->errors.len) return;
	cJSON *e = cJSON_CreateObject();
	cJSON_AddStringToObject(e, "file", u->path);
	bool from_clang = false;
	for (int k = 0; k < u->errors.len; k++)
		if (strstr(VEC_AT(&u->errors, const char *, k), "error: ")) from_clang = true;
	cJSON_AddStringToObject(e, "message", from_clang ? "the file does not compile; it was not analyzed"
	                                                  : VEC_AT(&u->errors, const char *, 0));
	cJSON *cl = cJSON_AddArrayToObject(e, "clang");
	for (int k = 0; k < u->errors.len && from_clang; k++)
		cJSON_AddItemToArray(cl, cJSON_CreateString(VEC_AT(&u->errors, const char *, k)));
	cJSON_AddItemToArray(arr, e);
}

/* Length of the valid UTF-8 sequence at s (RFC 3629: no overlong forms,
 * surrogates or code points past U+10FFFF), or 0. */
static int utf8_len(const unsigned char *s) {
	unsigned c = s[0];
	int n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
	for (int k = 1; k < n; k++)
		if ((s[k] & 0xc0) != 0x80) return 0;   /* stops at the NUL too */
	if (n == 3 && ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0))) return 0;
	if (n == 4 && ((c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90))) return 0;
	return n;
}

/* cJSON copies bytes as they are, but JSON is UTF-8 and its readers reject
 * anything else; file names are bytes, and the messages quote them and the
 * code (string literals) byte for byte. */
void json_make_utf8(cJSON *item) {
	for (; item; item = item->next) {
		json_make_utf8(item->child);
		if (!cJSON_IsString(item) || !item->valuestring) continue;
		const unsigned char *s = (const unsigned char *)item->valuestring;
		size_t i = 0, bad = 0;
		for (int n; s[i]; i += n ? (size_t)n : 1) {
			n = utf8_len(s + i);
			if (!n) bad++;
		}
		if (!bad) continue;
		char *fixed = xmalloc(i + bad * 2 + 1), *o = fixed;
		for (int n; *s; s += n ? n : 1) {
			n = utf8_len(s);
			memcpy(o, n ? (const char *)s : "\xef\xbf\xbd", n ? (size_t)n : 3);
			o += n ? n : 3;
		}
		*o = 0;
		cJSON_SetValuestring(item, fixed);
		free(fixed);
	}
}

bool json_write(cJSON *root, FILE *out) {
	json_make_utf8(root);
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text) return false;
	fputs(text, out);
	fputc('\n', out);
	cJSON_free(text);
	return true;
}

bool emit_json(const EmitInput *in, FILE *out) {
	cJSON *root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "version", 1);
	cJSON *tool = cJSON_AddObjectToObject(root, "tool");
	cJSON_AddStringToObject(tool, "name", "ownck");
	cJSON_AddStringToObject(tool, "version", OWNCK_VERSION);
	cJSON *diags = cJSON_AddArrayToObject(root, "diagnostics");
	for (int i = 0; i < in->ndiags; i++) cJSON_AddItemToArray(diags, diagnostic(&in->diags[i]));
	cJSON *errors = cJSON_AddArrayToObject(root, "errors");
	cJSON *skipped = cJSON_AddArrayToObject(root, "skipped");
	int functions = 0;
	for (int i = 0; i < in->nunits; i++) {
		const Unit *u = in->units[i];
		add_errors(errors, u);
		functions += u->stats.functions;
		for (int k = 0; k < u->funcs.len; k++) {   /* functions that were not analyzed, and why */
			const Function *f = VEC_AT(&u->funcs, Function *, k);
			if (!f->skipped) continue;
			DiagLoc at = unit_loc(u, f->name_range);
			cJSON *e = cJSON_CreateObject();
			cJSON_AddStringToObject(e, "function", f->name);
			cJSON_AddStringToObject(e, "reason", f->skipped);
			if (at.line > 0) cJSON_AddItemToObject(e, "location", location(&at));
			cJSON_AddItemToArray(skipped, e);
		}
	}
	cJSON *stats = cJSON_AddObjectToObject(root, "stats");
	cJSON_AddNumberToObject(stats, "files", in->nfiles);
	cJSON_AddNumberToObject(stats, "functions", functions);
	cJSON_AddNumberToObject(stats, "diagnostics", in->ndiags);
	return json_write(root, out);
}
