/*
 * modelcache.c - model signatures on disk, as one JSON file (cJSON):
 *
 *   {"format": N, "exe": STAMP, "salt": "...", "model": PATH,
 *    "inputs": [STAMP, ...], "signatures": [{...}, ...]}
 *
 * with each file's STAMP as the results cache records it (cache.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "cache.h"
#include "modelcache.h"
#include "paths.h"

enum { FORMAT = 2 };

/* Every field of these is written below: a new field must be too (the
 * sizes of today's fields, on an LP64 machine). */
#if UINTPTR_MAX == 0xffffffffffffffffu
_Static_assert(sizeof(Annot) == 24, "modelcache.c writes every field of Annot");
_Static_assert(sizeof(Param) == 40, "modelcache.c writes every field of Param");
_Static_assert(sizeof(Signature) == 72, "modelcache.c writes every field of Signature");
#endif

/* ---- writing ---- */

static cJSON *string_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static cJSON *annot_json(const Annot *an) {
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "mode", an->mode);
	cJSON_AddItemToObject(o, "lifetime", string_or_null(an->lifetime));
	cJSON *by = cJSON_AddArrayToObject(o, "released_by");
	for (int i = 0; i < an->nreleased_by; i++) cJSON_AddItemToArray(by, cJSON_CreateString(an->released_by[i]));
	return o;
}

static cJSON *signature_json(const Signature *s) {
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "name", s->name);
	cJSON_AddItemToObject(o, "ret", annot_json(&s->ret));
	cJSON *ps = cJSON_AddArrayToObject(o, "params");
	for (int i = 0; i < s->nparams; i++) {
		cJSON *p = cJSON_CreateObject();
		cJSON_AddItemToObject(p, "name", string_or_null(s->params[i].name));
		cJSON_AddItemToObject(p, "annot", annot_json(&s->params[i].annot));
		cJSON_AddNumberToObject(p, "flags", s->params[i].flags);
		cJSON_AddItemToArray(ps, p);
	}
	bool flags[] = {s->ret_pointer, s->variadic, s->noreturn, s->from_model, s->system, s->annotated,
	                s->realloc_like, s->ret_borrower};
	cJSON *f = cJSON_AddArrayToObject(o, "flags");
	for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) cJSON_AddItemToArray(f, cJSON_CreateBool(flags[i]));
	cJSON_AddNumberToObject(o, "owned_if_null", s->owned_if_null);
	cJSON_AddItemToObject(o, "ret_borrower_lt", string_or_null(s->ret_borrower_lt));
	return o;
}

static int by_name(const void *a, const void *b) {
	return strcmp((*(const Signature *const *)a)->name, (*(const Signature *const *)b)->name);
}

static cJSON *signatures_json(const Map *sigs) {
	const Signature **list = xmalloc(sizeof(Signature *) * (size_t)(sigs->len ? sigs->len : 1));
	int n = 0;
	for (int i = 0; i < sigs->cap; i++)
		if (sigs->keys[i]) list[n++] = sigs->vals[i];
	qsort(list, (size_t)n, sizeof *list, by_name);   /* the same file for the same signatures */
	cJSON *a = cJSON_CreateArray();
	for (int i = 0; i < n; i++) cJSON_AddItemToArray(a, signature_json(list[i]));
	free(list);
	return a;
}

/* The running binary, by its path: stat("/proc/self/exe") would see
 * valgrind's loader under valgrind, where readlink sees ownck. */
static char *self_path(void) {
	char buf[4096];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0) return NULL;
	buf[n] = 0;
	return xstrdup(buf);
}

void modelcache_write(const char *cache_path, const char *model_path, const char *salt, const Vec *inputs,
                      const Map *sigs) {
	char *self = self_path();
	cJSON *o = cJSON_CreateObject(), *exe = self ? cache_file_stamp(self) : NULL, *in = cJSON_CreateArray();
	free(self);
	bool ok = exe != NULL;
	for (int i = 0; ok && i < inputs->len; i++) {
		cJSON *st = cache_file_stamp(VEC_AT(inputs, const char *, i));
		if (st) cJSON_AddItemToArray(in, st);
		else ok = false;   /* a file gone already: nothing to vouch for */
	}
	cJSON_AddNumberToObject(o, "format", FORMAT);
	if (exe) cJSON_AddItemToObject(o, "exe", exe);
	cJSON_AddStringToObject(o, "salt", salt);
	cJSON_AddStringToObject(o, "model", model_path);
	cJSON_AddItemToObject(o, "inputs", in);
	cJSON_AddItemToObject(o, "signatures", signatures_json(sigs));
	char *text = ok ? cJSON_PrintUnformatted(o) : NULL;
	cJSON_Delete(o);
	if (!text) return;
	char *tmp = xmalloc(strlen(cache_path) + 32);
	sprintf(tmp, "%s.%ld.tmp", cache_path, (long)getpid());
	FILE *f = fopen(tmp, "w");
	if (f) {
		bool written = fputs(text, f) >= 0;
		written &= fclose(f) == 0;
		if (!written || rename(tmp, cache_path) != 0) remove(tmp);
	}
	free(tmp);
	free(text);
}

/* ---- reading ---- */

static bool str_of(Arena *a, const cJSON *x, const char **out) {
	if (cJSON_IsNull(x)) { *out = NULL; return true; }
	if (!cJSON_IsString(x)) return false;
	*out = arena_strdup(a, x->valuestring);
	return true;
}

static bool annot_of(Arena *a, const cJSON *o, Annot *an) {
	const cJSON *mode = cJSON_GetObjectItemCaseSensitive(o, "mode"), *by = cJSON_GetObjectItemCaseSensitive(o, "released_by");
	if (!cJSON_IsNumber(mode) || mode->valueint < 0 || mode->valueint > MODE_OUT_OWNED || !cJSON_IsArray(by) ||
	    !str_of(a, cJSON_GetObjectItemCaseSensitive(o, "lifetime"), &an->lifetime))
		return false;
	an->mode = (Mode)mode->valueint;
	an->nreleased_by = cJSON_GetArraySize(by);
	an->released_by = an->nreleased_by ? ARENA_ARRAY(a, const char *, an->nreleased_by) : NULL;
	for (int i = 0; i < an->nreleased_by; i++) {
		const cJSON *x = cJSON_GetArrayItem(by, i);
		if (!cJSON_IsString(x)) return false;
		an->released_by[i] = arena_strdup(a, x->valuestring);
	}
	return true;
}

static Signature *signature_of(Arena *a, const cJSON *o) {
	const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name"), *ps = cJSON_GetObjectItemCaseSensitive(o, "params"),
	            *f = cJSON_GetObjectItemCaseSensitive(o, "flags"), *oin = cJSON_GetObjectItemCaseSensitive(o, "owned_if_null");
	if (!cJSON_IsString(name) || !cJSON_IsArray(ps) || !cJSON_IsArray(f) || cJSON_GetArraySize(f) != 8 || !cJSON_IsNumber(oin))
		return NULL;
	Signature *s = ARENA_NEW(a, Signature);
	s->name = arena_strdup(a, name->valuestring);
	if (!annot_of(a, cJSON_GetObjectItemCaseSensitive(o, "ret"), &s->ret) ||
	    !str_of(a, cJSON_GetObjectItemCaseSensitive(o, "ret_borrower_lt"), &s->ret_borrower_lt))
		return NULL;
	s->nparams = cJSON_GetArraySize(ps);
	s->params = ARENA_ARRAY(a, Param, s->nparams);
	for (int i = 0; i < s->nparams; i++) {
		const cJSON *p = cJSON_GetArrayItem(ps, i), *flags = cJSON_GetObjectItemCaseSensitive(p, "flags");
		if (!cJSON_IsNumber(flags) || !str_of(a, cJSON_GetObjectItemCaseSensitive(p, "name"), &s->params[i].name) ||
		    !annot_of(a, cJSON_GetObjectItemCaseSensitive(p, "annot"), &s->params[i].annot))
			return NULL;
		s->params[i].flags = (unsigned)flags->valuedouble;
	}
	bool *flags[] = {&s->ret_pointer, &s->variadic, &s->noreturn, &s->from_model, &s->system, &s->annotated,
	                 &s->realloc_like, &s->ret_borrower};
	for (int i = 0; i < 8; i++) {
		const cJSON *x = cJSON_GetArrayItem(f, i);
		if (!cJSON_IsBool(x)) return NULL;
		*flags[i] = cJSON_IsTrue(x);
	}
	s->owned_if_null = oin->valueint;
	return s;
}

/* Why the entry o is no good for model_path and salt, into why[n]; false
 * when it is good. */
static bool entry_stale(const cJSON *o, const char *model_path, const char *salt, char *why, size_t n) {
	const cJSON *format = cJSON_GetObjectItemCaseSensitive(o, "format"), *exe = cJSON_GetObjectItemCaseSensitive(o, "exe"),
	            *sl = cJSON_GetObjectItemCaseSensitive(o, "salt"), *model = cJSON_GetObjectItemCaseSensitive(o, "model"),
	            *in = cJSON_GetObjectItemCaseSensitive(o, "inputs");
	const char *reason = NULL;
	char *self = self_path();
	if (!cJSON_IsNumber(format) || format->valueint != FORMAT || !cJSON_IsArray(in)) reason = "in another format";
	else if (!cJSON_IsString(sl) || strcmp(sl->valuestring, salt)) reason = "made with other arguments or another libclang";
	else if (!cJSON_IsString(model) || strcmp(model->valuestring, model_path)) reason = "made for another model";
	else if (!cache_stamp_holds(exe) || !self || strcmp(cJSON_GetArrayItem(exe, 0)->valuestring, self))
		reason = "made by another ownck binary";
	free(self);
	if (reason) {
		snprintf(why, n, "%s", reason);
		return true;
	}
	for (const cJSON *x = in->child; x; x = x->next)
		if (!cache_stamp_holds(x)) {
			const cJSON *path = cJSON_GetArrayItem(x, 0);
			snprintf(why, n, "%s changed", cJSON_IsString(path) ? path->valuestring : "a file it read");
			return true;
		}
	return false;
}

bool modelcache_read(const char *cache_path, const char *model_path, const char *salt, Arena *a, Map *into,
                     char *why, size_t n) {
	char *text = path_read_text(cache_path);
	cJSON *o = text ? cJSON_Parse(text) : NULL;
	const cJSON *sigs = cJSON_GetObjectItemCaseSensitive(o, "signatures");
	bool ok = false;
	if (!text) snprintf(why, n, "none yet");
	else if (!o || !cJSON_IsArray(sigs)) snprintf(why, n, "damaged");
	else ok = !entry_stale(o, model_path, salt, why, n);
	free(text);
	int count = ok ? cJSON_GetArraySize(sigs) : 0;
	Signature **got = xmalloc(sizeof(Signature *) * (size_t)(count ? count : 1));
	for (int i = 0; ok && i < count; i++) ok = (got[i] = signature_of(a, cJSON_GetArrayItem(sigs, i))) != NULL;
	if (count && !ok) snprintf(why, n, "damaged");   /* a signature it cannot read */
	for (int i = 0; ok && i < count; i++) map_put(into, got[i]->name, got[i]);   /* all or nothing */
	free(got);
	cJSON_Delete(o);
	return ok;
}

/* ---- checking ---- */

static bool same_str(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

static bool same_annot(const Annot *a, const Annot *b) {
	if (a->mode != b->mode || !same_str(a->lifetime, b->lifetime) || a->nreleased_by != b->nreleased_by) return false;
	for (int i = 0; i < a->nreleased_by; i++)
		if (!same_str(a->released_by[i], b->released_by[i])) return false;
	return true;
}

bool modelcache_same_signature(const Signature *a, const Signature *b) {
	if (!same_str(a->name, b->name) || !same_annot(&a->ret, &b->ret) || a->nparams != b->nparams ||
	    a->ret_pointer != b->ret_pointer || a->variadic != b->variadic || a->noreturn != b->noreturn ||
	    a->from_model != b->from_model || a->system != b->system || a->annotated != b->annotated ||
	    a->realloc_like != b->realloc_like || a->owned_if_null != b->owned_if_null ||
	    a->ret_borrower != b->ret_borrower || !same_str(a->ret_borrower_lt, b->ret_borrower_lt))
		return false;
	for (int i = 0; i < a->nparams; i++)
		if (!same_str(a->params[i].name, b->params[i].name) || a->params[i].flags != b->params[i].flags ||
		    !same_annot(&a->params[i].annot, &b->params[i].annot))
			return false;
	return true;
}
