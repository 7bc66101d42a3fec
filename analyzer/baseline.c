/*
 * baseline.c - content keys of findings; reading, matching and writing
 * baseline files (baseline.h, docs/baseline in docs/json.md).
 *
 * The file is one JSON object:
 *
 *   {"version": 1, "tool": "ownck",
 *    "findings": [{"rule": "leak", "file": "src/a.c", "function": "f",
 *                  "code": "5c1d...", "message": "..."}, ...]}
 *
 * "file" is relative to the baseline's own directory (so a baseline checked
 * into a repository works from any current directory), "code" is the hash of
 * the primary location's code, and "message" is for the reader only.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "baseline.h"
#include "paths.h"
#include "ruleset.h"

static uint64_t code_hash(SourceCache *src, const Diag *d) {
	return source_hash_code(source_get(src, d->at.file), d->at.line, d->at.end_line, FNV_OFFSET);
}

uint64_t diag_content_hash(SourceCache *src, const Diag *d) {
	const char *id = rule_info(d->rule)->id, *fn = d->function ? d->function : "";
	uint64_t h = fnv1a(FNV_OFFSET, id, strlen(id) + 1);
	h = fnv1a(h, fn, strlen(fn) + 1);
	return source_hash_code(source_get(src, d->at.file), d->at.line, d->at.end_line, h);
}

char **diag_fingerprints(SourceCache *src, const Diag *d, int n) {
	char **r = xcalloc((size_t)n + 1, sizeof(char *));
	uint64_t *h = xcalloc((size_t)n + 1, sizeof(uint64_t));
	for (int i = 0; i < n; i++) {
		h[i] = diag_content_hash(src, &d[i]);
		int k = 1;   /* the sort keeps one file's findings together, in line order */
		for (int j = i - 1; j >= 0 && !strcmp(d[j].at.file, d[i].at.file); j--)
			if (h[j] == h[i]) k++;
		r[i] = xmalloc(32);
		snprintf(r[i], 32, "%016llx:%d", (unsigned long long)h[i], k);
	}
	free(h);
	return r;
}

typedef struct Entry {
	char *rule, *file, *function, *code;
	bool used;
} Entry;

struct Baseline {
	char *dir;      /* the real path of the baseline's directory */
	Entry *v;
	int n;
};

void baseline_free(Baseline *b) {
	if (!b) return;
	for (int i = 0; i < b->n; i++) {
		free(b->v[i].rule);
		free(b->v[i].file);
		free(b->v[i].function);
		free(b->v[i].code);
	}
	free(b->v);
	free(b->dir);
	free(b);
}

static char *fail_msg(const char *path, const char *why) {
	char *m = xmalloc(strlen(path) + strlen(why) + 64);
	sprintf(m, "baseline '%s': %s", path, why);
	return m;
}

static char *base_dir(const char *path) {
	char *d = path_dirname(path);
	char *real = path_real(d);
	free(d);
	return real ? real : xstrdup("/");
}

Baseline *baseline_load(const char *path, char **err) {
	*err = NULL;
	SourceCache c = {0};
	Source *s = source_get(&c, path);
	if (!s->text) {
		*err = fail_msg(path, strerror(errno ? errno : ENOENT));
		source_cache_free(&c);
		return NULL;
	}
	cJSON *root = cJSON_ParseWithLength(s->text, s->size);
	source_cache_free(&c);
	cJSON *list = root ? cJSON_GetObjectItemCaseSensitive(root, "findings") : NULL;
	if (!cJSON_IsObject(root) || !cJSON_IsArray(list)) {
		*err = fail_msg(path, "not an ownck baseline (a JSON object with a \"findings\" array)");
		cJSON_Delete(root);
		return NULL;
	}
	Baseline *b = xcalloc(1, sizeof(Baseline));
	b->dir = base_dir(path);
	b->v = xcalloc((size_t)cJSON_GetArraySize(list) + 1, sizeof(Entry));
	cJSON *e;
	cJSON_ArrayForEach(e, list) {
		const char *k[4] = {"rule", "file", "function", "code"};
		char *v[4] = {0};
		bool ok = cJSON_IsObject(e);
		for (int i = 0; i < 4 && ok; i++) {
			cJSON *f = cJSON_GetObjectItemCaseSensitive(e, k[i]);
			if (cJSON_IsString(f)) v[i] = f->valuestring;
			else ok = false;
		}
		if (!ok) {
			*err = fail_msg(path, "an entry of \"findings\" lacks one of the strings rule, file, function, code");
			cJSON_Delete(root);
			baseline_free(b);
			return NULL;
		}
		Entry *x = &b->v[b->n++];
		x->rule = xstrdup(v[0]);
		x->file = xstrdup(v[1]);
		x->function = xstrdup(v[2]);
		x->code = xstrdup(v[3]);
	}
	cJSON_Delete(root);
	return b;
}

typedef struct Key { char *file; const char *rule, *function; char code[20]; } Key;

static void key_of(Key *k, SourceCache *src, const Diag *d, const char *dir) {
	k->file = path_relative_to(d->at.file, dir);
	k->rule = rule_info(d->rule)->id;
	k->function = d->function ? d->function : "";
	snprintf(k->code, sizeof k->code, "%016llx", (unsigned long long)code_hash(src, d));
}

int baseline_filter(Baseline *b, SourceCache *src, Vec *diags) {
	Diag *d = diags->data;
	int out = 0, dropped = 0;
	for (int i = 0; i < diags->len; i++) {
		Key k;
		key_of(&k, src, &d[i], b->dir);
		bool found = false;
		for (int j = 0; j < b->n && !found; j++) {
			Entry *e = &b->v[j];
			if (!e->used && !strcmp(e->rule, k.rule) && !strcmp(e->code, k.code) &&
			    !strcmp(e->function, k.function) && !strcmp(e->file, k.file))
				e->used = found = true;
		}
		free(k.file);
		if (found) dropped++;
		else d[out++] = d[i];
	}
	diags->len = out;
	return dropped;
}

bool baseline_write(const char *path, SourceCache *src, const Diag *d, int n, char **err) {
	*err = NULL;
	char *dir = base_dir(path);
	cJSON *root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "version", 1);
	cJSON_AddStringToObject(root, "tool", "ownck");
	cJSON *list = cJSON_AddArrayToObject(root, "findings");
	for (int i = 0; i < n; i++) {
		Key k;
		key_of(&k, src, &d[i], dir);
		cJSON *e = cJSON_CreateObject();
		cJSON_AddStringToObject(e, "rule", k.rule);
		cJSON_AddStringToObject(e, "file", k.file);
		cJSON_AddStringToObject(e, "function", k.function);
		cJSON_AddStringToObject(e, "code", k.code);
		cJSON_AddStringToObject(e, "message", d[i].msg);
		cJSON_AddItemToArray(list, e);
		free(k.file);
	}
	free(dir);
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text) {
		*err = fail_msg(path, "out of memory");
		return false;
	}
	char *tmp = xmalloc(strlen(path) + 32);
	sprintf(tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "w");
	bool ok = f && fputs(text, f) >= 0 && fputc('\n', f) != EOF;
	if (f) ok = fclose(f) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	if (!ok) {
		*err = fail_msg(path, strerror(errno));
		remove(tmp);
	}
	free(tmp);
	cJSON_free(text);
	return ok;
}
