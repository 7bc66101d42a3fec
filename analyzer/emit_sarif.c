/*
 * emit_sarif.c - --format=sarif: SARIF 2.1.0 (OASIS) as GitHub code scanning
 * and other SARIF viewers read it (interfaces.md, docs/ci.md).
 *
 *   runs[0].tool.driver      name, version, informationUri, one rules[] entry
 *                            per rule (ruleset.h) with its doc page as help
 *   runs[0].results[]        ruleId/ruleIndex/level/message, one physical
 *                            location relative to %SRCROOT% (the current
 *                            directory), the notes as relatedLocations and as
 *                            a codeFlow (the story in order), and
 *                            partialFingerprints that survive line shifts
 *   runs[0].invocations[0]   executionSuccessful, and what was not analyzed
 *
 * Columns are converted from ownck's byte columns to Unicode code points
 * (columnKind "unicodeCodePoints"), using the source text.
 */
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "emit.h"
#include "ruleset.h"
#include "baseline.h"

#ifndef OWNCK_VERSION
#define OWNCK_VERSION "0.1.0"
#endif

static bool unreserved(unsigned char c) {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
	       c == '_' || c == '~' || c == '/';
}

char *path_to_uri(const char *path) {
	size_t n = strlen(path);
	char *r = xmalloc(n * 3 + 8), *o = r;
	if (path[0] == '/') o += sprintf(o, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (unreserved(*p)) *o++ = (char)*p;
		else o += sprintf(o, "%%%02X", *p);
	}
	*o = 0;
	return r;
}

/* The rule's page, read whole (malloc'd), or NULL. */
static char *rule_page(const char *share, const char *id) {
	if (!share) return NULL;
	char *path = xmalloc(strlen(share) + strlen(id) + 32);
	sprintf(path, "%s/docs/rules/%s.md", share, id);
	SourceCache c = {0};
	Source *s = source_get(&c, path);
	char *text = s->text ? xstrdup(s->text) : NULL;
	source_cache_free(&c);
	free(path);
	return text;
}

/* The prose of the section "## What it catches" of a rule's page, as one
 * line of text (malloc'd), or NULL. */
static char *what_it_catches(const char *page) {
	const char *p = page ? strstr(page, "\n## What it catches") : NULL;
	if (!p) return NULL;
	p = strchr(p + 1, '\n');
	if (!p) return NULL;
	/* up to the next heading, table or code block */
	const char *end = p;
	while (*end && !(end[0] == '\n' && (!strncmp(end + 1, "## ", 3) || end[1] == '|' || !strncmp(end + 1, "```", 3))))
		end++;
	char *r = xmalloc((size_t)(end - p) + 1), *o = r;
	for (; p < end; p++) {
		char ch = *p == '\n' ? ' ' : *p;
		if (ch == ' ' && (o == r || o[-1] == ' ')) continue;
		*o++ = ch;
	}
	while (o > r && o[-1] == ' ') o--;
	*o = 0;
	return r;
}

static cJSON *text_message(const char *text) {
	cJSON *m = cJSON_CreateObject();
	cJSON_AddStringToObject(m, "text", text);
	return m;
}

static cJSON *rule_entry(const EmitInput *in, int id) {
	const RuleInfo *r = rule_info(id);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "id", r->id);
	cJSON_AddItemToObject(o, "shortDescription", text_message(r->summary));
	char *page = rule_page(in->share_dir, r->id);
	char *full = what_it_catches(page);
	cJSON_AddItemToObject(o, "fullDescription", text_message(full ? full : r->summary));
	free(full);
	char *uri = xmalloc(strlen(OWNCK_RULE_DOC_URL) + strlen(r->id) + 8);
	sprintf(uri, "%s%s.md", OWNCK_RULE_DOC_URL, r->id);
	cJSON_AddStringToObject(o, "helpUri", uri);
	free(uri);
	if (page) {
		cJSON *help = cJSON_AddObjectToObject(o, "help");
		cJSON_AddStringToObject(help, "text", page);
		cJSON_AddStringToObject(help, "markdown", page);
		free(page);
	}
	cJSON *conf = cJSON_AddObjectToObject(o, "defaultConfiguration");
	cJSON_AddStringToObject(conf, "level", r->severity == SEV_ERROR ? "error" : "warning");
	cJSON *props = cJSON_AddObjectToObject(o, "properties");
	cJSON *tags = cJSON_AddArrayToObject(props, "tags");
	cJSON_AddItemToArray(tags, cJSON_CreateString(id < R_COUNT ? "memory-safety" : "ownck"));
	if (r->cwe) {
		char cwe[48];
		cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
		snprintf(cwe, sizeof cwe, "external/cwe/cwe-%d", r->cwe);
		cJSON_AddItemToArray(tags, cJSON_CreateString(cwe));
		snprintf(cwe, sizeof cwe, "CWE-%d", r->cwe);
		cJSON_AddItemToArray(tags, cJSON_CreateString(cwe));
	}
	if (r->rust) cJSON_AddStringToObject(props, "rustCode", r->rust);
	return o;
}

static cJSON *artifact(const char *file) {
	cJSON *a = cJSON_CreateObject();
	char *uri = path_to_uri(file);
	cJSON_AddStringToObject(a, "uri", uri);
	if (file[0] != '/') cJSON_AddStringToObject(a, "uriBaseId", "%SRCROOT%");
	free(uri);
	return a;
}

static cJSON *physical(const EmitInput *in, const DiagLoc *at) {
	Source *s = source_get(in->sources, at->file);
	cJSON *p = cJSON_CreateObject();
	cJSON_AddItemToObject(p, "artifactLocation", artifact(at->file));
	cJSON *r = cJSON_AddObjectToObject(p, "region");
	int end_line = at->end_line >= at->line ? at->end_line : at->line;
	int col = source_char_col(s, at->line, at->col, false);
	int end_col = source_char_col(s, end_line, at->end_col, false);
	if (end_line == at->line && end_col <= col) end_col = col + 1;
	cJSON_AddNumberToObject(r, "startLine", at->line);
	cJSON_AddNumberToObject(r, "startColumn", col);
	cJSON_AddNumberToObject(r, "endLine", end_line);
	cJSON_AddNumberToObject(r, "endColumn", end_col);
	const char *line;
	size_t len;
	if (source_line(s, at->line, &line, &len)) {
		char *text = xmalloc(len + 1);
		memcpy(text, line, len);
		text[len] = 0;
		cJSON *snip = cJSON_AddObjectToObject(r, "snippet");
		cJSON_AddStringToObject(snip, "text", text);
		free(text);
	}
	return p;
}

static cJSON *location(const EmitInput *in, const DiagLoc *at, const char *msg, const char *function) {
	cJSON *l = cJSON_CreateObject();
	cJSON_AddItemToObject(l, "physicalLocation", physical(in, at));
	if (function) {
		cJSON *ll = cJSON_AddArrayToObject(l, "logicalLocations");
		cJSON *f = cJSON_CreateObject();
		cJSON_AddStringToObject(f, "name", function);
		cJSON_AddStringToObject(f, "kind", "function");
		cJSON_AddItemToArray(ll, f);
	}
	if (msg) cJSON_AddItemToObject(l, "message", text_message(msg));
	return l;
}


static void add_flow_step(const EmitInput *in, cJSON *steps, const DiagLoc *at, const char *msg, int *order) {
	cJSON *t = cJSON_CreateObject();
	cJSON_AddItemToObject(t, "location", location(in, at, msg, NULL));
	cJSON_AddNumberToObject(t, "nestingLevel", 0);
	cJSON_AddNumberToObject(t, "executionOrder", ++*order);
	cJSON_AddItemToArray(steps, t);
}

static cJSON *result(const EmitInput *in, const Diag *d, const char *fingerprint) {
	const RuleInfo *r = rule_info(d->rule);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "ruleId", r->id);
	cJSON_AddNumberToObject(o, "ruleIndex", d->rule);
	cJSON_AddStringToObject(o, "level", d->sev == SEV_ERROR ? "error" : d->sev == SEV_WARNING ? "warning" : "note");
	cJSON_AddItemToObject(o, "message", text_message(d->msg));
	cJSON *locs = cJSON_AddArrayToObject(o, "locations");
	cJSON_AddItemToArray(locs, location(in, &d->at, NULL, d->function));
	cJSON *fp = cJSON_AddObjectToObject(o, "partialFingerprints");
	cJSON_AddStringToObject(fp, "ownckContentHash/v1", fingerprint);
	if (d->nnotes) {
		cJSON *rel = cJSON_AddArrayToObject(o, "relatedLocations");
		for (int i = 0; i < d->nnotes; i++) {
			cJSON *l = location(in, &d->notes[i].at, d->notes[i].msg, NULL);
			cJSON_AddItemToObject(l, "id", cJSON_CreateNumber(i + 1));
			cJSON_AddItemToArray(rel, l);
		}
		cJSON *flows = cJSON_AddArrayToObject(o, "codeFlows");
		cJSON *flow = cJSON_CreateObject();
		cJSON_AddItemToArray(flows, flow);
		cJSON_AddItemToObject(flow, "message", text_message(d->msg));
		cJSON *threads = cJSON_AddArrayToObject(flow, "threadFlows");
		cJSON *thread = cJSON_CreateObject();
		cJSON_AddItemToArray(threads, thread);
		cJSON *steps = cJSON_AddArrayToObject(thread, "locations");
		int order = 0;
		for (int i = 0; i < d->nnotes; i++)
			if (!d->notes[i].after) add_flow_step(in, steps, &d->notes[i].at, d->notes[i].msg, &order);
		add_flow_step(in, steps, &d->at, d->msg, &order);
		for (int i = 0; i < d->nnotes; i++)
			if (d->notes[i].after) add_flow_step(in, steps, &d->notes[i].at, d->notes[i].msg, &order);
	}
	return o;
}

static void add_notifications(cJSON *list, const EmitInput *in, const Unit *u) {
	for (int k = 0; k < u->errors.len; k++) {
		cJSON *n = cJSON_CreateObject();
		cJSON_AddStringToObject(n, "level", "error");
		cJSON_AddItemToObject(n, "message", text_message(VEC_AT(&u->errors, const char *, k)));
		cJSON *locs = cJSON_AddArrayToObject(n, "locations");
		cJSON *l = cJSON_CreateObject();
		cJSON *p = cJSON_AddObjectToObject(l, "physicalLocation");
		cJSON_AddItemToObject(p, "artifactLocation", artifact(u->path));
		cJSON_AddItemToArray(locs, l);
		cJSON_AddItemToArray(list, n);
	}
	for (int k = 0; k < u->funcs.len; k++) {   /* functions that were not analyzed, and why */
		const Function *f = VEC_AT(&u->funcs, Function *, k);
		if (!f->skipped) continue;
		DiagLoc at = unit_loc(u, f->name_range);
		if (!at.file) at.file = u->path;
		cJSON *n = cJSON_CreateObject();
		cJSON_AddStringToObject(n, "level", "warning");
		char msg[1024];
		snprintf(msg, sizeof msg, "function '%s' was not analyzed: %s", f->name, f->skipped);
		cJSON_AddItemToObject(n, "message", text_message(msg));
		cJSON *l = cJSON_CreateObject();
		if (at.line > 0) {
			cJSON_AddItemToObject(l, "physicalLocation", physical(in, &at));
		} else {
			cJSON *p = cJSON_AddObjectToObject(l, "physicalLocation");
			cJSON_AddItemToObject(p, "artifactLocation", artifact(u->path));
		}
		cJSON_AddItemToArray(cJSON_AddArrayToObject(n, "locations"), l);
		cJSON_AddItemToArray(list, n);
	}
}

bool emit_sarif(const EmitInput *in, FILE *out) {
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	cJSON_AddStringToObject(root, "version", "2.1.0");
	cJSON *runs = cJSON_AddArrayToObject(root, "runs");
	cJSON *run = cJSON_CreateObject();
	cJSON_AddItemToArray(runs, run);
	cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
	cJSON_AddStringToObject(driver, "name", "ownck");
	cJSON_AddStringToObject(driver, "version", OWNCK_VERSION);
	cJSON_AddStringToObject(driver, "semanticVersion", OWNCK_VERSION);
	cJSON_AddStringToObject(driver, "informationUri", OWNCK_URL);
	cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
	for (int i = 0; i < R_ALL; i++) cJSON_AddItemToArray(rules, rule_entry(in, i));

	char cwd[PATH_MAX];
	if (getcwd(cwd, sizeof cwd)) {
		size_t n = strlen(cwd);
		if (n + 1 < sizeof cwd && (n == 0 || cwd[n - 1] != '/')) strcat(cwd, "/");
		char *uri = path_to_uri(cwd);
		cJSON *base = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "originalUriBaseIds"), "%SRCROOT%");
		cJSON_AddStringToObject(base, "uri", uri);
		free(uri);
	}

	bool ok = true;
	cJSON *inv = cJSON_CreateObject();
	cJSON *notes = cJSON_CreateArray();
	for (int i = 0; i < in->nunits; i++) {
		add_notifications(notes, in, in->units[i]);
		if (in->units[i]->failed || in->units[i]->errors.len) ok = false;
	}
	cJSON_AddBoolToObject(inv, "executionSuccessful", ok);
	cJSON_AddItemToObject(inv, "toolExecutionNotifications", notes);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), inv);

	cJSON *results = cJSON_AddArrayToObject(run, "results");
	char **fps = diag_fingerprints(in->sources, in->diags, in->ndiags);
	for (int i = 0; i < in->ndiags; i++) cJSON_AddItemToArray(results, result(in, &in->diags[i], fps[i]));
	for (int i = 0; i < in->ndiags; i++) free(fps[i]);
	free(fps);
	cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");

	return json_write(root, out);
}
