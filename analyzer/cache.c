/*
 * cache.c - entries as JSON files (cJSON) under DIR/XX/KEY.json, written to
 * a temporary and renamed so that a reader never sees half an entry, and so
 * that parallel runs on one directory are safe. Anything unexpected in an
 * entry makes it a miss: the cache can only cost time, never change a result.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "cache.h"
#include "paths.h"
#include "source.h"
#include "ruleset.h"

enum { FORMAT = 3 };   /* bumped when the layout of an entry changes */

struct Cache {
	char *dir;
	char *salt;
};

/* In Unit.imports: the call saw no summary. */
static const Summary NONE;

/* ---- hashing: FNV-1a (source.h) from two offset bases, 128 bits, enough
 * to tell contents apart ---- */

typedef struct Hash { uint64_t a, b; } Hash;

static void hash_init(Hash *h) { h->a = FNV_OFFSET; h->b = 0x9e3779b97f4a7c15ull; }

static void hash_bytes(Hash *h, const void *data, size_t n) {
	h->a = fnv1a(h->a, data, n);
	h->b = fnv1a(h->b, data, n);
}

static void hash_string(Hash *h, const char *s) { hash_bytes(h, s, strlen(s) + 1); }

static void hash_hex(const Hash *h, char out[33]) {
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)h->a, (unsigned long long)h->b);
}

bool cache_hash_file(const char *path, char out[33]) {
	FILE *f = fopen(path, "rb");
	if (!f) return false;
	Hash h;
	hash_init(&h);
	char buf[1 << 16];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) hash_bytes(&h, buf, n);
	bool ok = !ferror(f);
	fclose(f);
	hash_hex(&h, out);
	return ok;
}

/* ---- the directory ---- */

static bool make_dirs(const char *dir) {
	char *p = xstrdup(dir);
	bool ok = true;
	for (char *s = p + 1; ok; s++) {
		if (*s && *s != '/') continue;
		char c = *s;
		*s = 0;
		ok = mkdir(p, 0777) == 0 || errno == EEXIST;
		*s = c;
		if (!c) break;
	}
	free(p);
	return ok;
}

Cache *cache_open(const char *dir, const char *salt, char **err) {
	struct stat st;
	bool made = make_dirs(dir);
	if (made && (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
		made = false;
		errno = ENOTDIR;
	}
	if (!made) {
		*err = xmalloc(strlen(dir) + 128);
		sprintf(*err, "cannot create the cache directory '%s': %s", dir, strerror(errno));
		return NULL;
	}
	Cache *c = xcalloc(1, sizeof(Cache));
	c->dir = xstrdup(dir);
	c->salt = xstrdup(salt);
	return c;
}

void cache_close(Cache *c) {
	if (!c) return;
	free(c->dir);
	free(c->salt);
	free(c);
}

static char *entry_path(const Cache *c, const char *path, const char *const *args, int nargs) {
	Hash h;
	hash_init(&h);
	hash_string(&h, c->salt);
	char *real = realpath(path, NULL);
	hash_string(&h, real ? real : path);
	free(real);
	for (int i = 0; i < nargs; i++) hash_string(&h, args[i]);
	char key[33];
	hash_hex(&h, key);
	char *p = xmalloc(strlen(c->dir) + 48);
	sprintf(p, "%s/%.2s/%s.json", c->dir, key, key + 2);
	return p;
}

/* ---- writing ---- */

static cJSON *range_json(SrcRange r) {
	cJSON *a = cJSON_CreateArray();
	int v[] = {r.file, r.line, r.col, r.end_line, r.end_col};
	for (int i = 0; i < 5; i++) cJSON_AddItemToArray(a, cJSON_CreateNumber(v[i]));
	return a;
}

static cJSON *loc_json(DiagLoc l) {
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "file", l.file ? l.file : "");
	int v[] = {l.line, l.col, l.end_line, l.end_col};
	cJSON *a = cJSON_AddArrayToObject(o, "at");
	for (int i = 0; i < 4; i++) cJSON_AddItemToArray(a, cJSON_CreateNumber(v[i]));
	return o;
}

/* 64-bit masks as strings: a JSON number is a double */
static cJSON *summary_json(const Summary *s) {
	if (!s) return cJSON_CreateFalse();
	char buf[128];
	snprintf(buf, sizeof buf, "%llx %llx %llx %d %d %d %llx %llx %d %d %d", (unsigned long long)s->releases,
	         (unsigned long long)s->escapes, (unsigned long long)s->aborts_on_null, s->allocator, s->noreturn,
	         s->returns_arg, (unsigned long long)s->writes_first, (unsigned long long)s->never_read_first,
	         s->realloc_like, s->never_null, s->keeps_shared);
	return cJSON_CreateString(buf);
}

static cJSON *diag_json(const Diag *d) {
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "rule", rule_info(d->rule)->id);
	cJSON_AddNumberToObject(o, "sev", d->sev);
	cJSON_AddItemToObject(o, "loc", loc_json(d->at));
	cJSON_AddStringToObject(o, "msg", d->msg);
	if (d->function) cJSON_AddStringToObject(o, "function", d->function);
	cJSON *notes = cJSON_AddArrayToObject(o, "notes");
	for (int i = 0; i < d->nnotes; i++) {
		cJSON *n = loc_json(d->notes[i].at);
		cJSON_AddStringToObject(n, "msg", d->notes[i].msg);
		cJSON_AddBoolToObject(n, "after", d->notes[i].after);
		cJSON_AddItemToArray(notes, n);
	}
	return o;
}

static cJSON *function_json(const ProgFn *fn, cJSON *imports) {
	const Function *f = fn->f;
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "name", f->name);
	cJSON_AddItemToObject(o, "at", range_json(f->name_range));
	cJSON_AddBoolToObject(o, "static", f->is_static);
	cJSON_AddNumberToObject(o, "frame", (double)f->frame);
	if (f->unbounded) {
		cJSON_AddStringToObject(o, "unbounded", f->unbounded);
		cJSON_AddItemToObject(o, "unbounded_at", range_json(f->unbounded_at));
	}
	if (f->skipped) cJSON_AddStringToObject(o, "skipped", f->skipped);
	if (fn->called) cJSON_AddItemToObject(o, "summary", summary_json(fn->has_sum ? &fn->sum : NULL));
	cJSON *calls = cJSON_AddArrayToObject(o, "calls");
	for (int b = 0; b < f->nblocks; b++)
		for (int k = 0; k < f->blocks[b].nstmts; k++) {
			const Stmt *s = &f->blocks[b].stmts[k];
			if (s->kind != ST_CALL || !s->call->callee) continue;
			cJSON *c = cJSON_CreateArray();
			cJSON_AddItemToArray(c, cJSON_CreateString(s->call->callee));
			cJSON_AddItemToArray(c, cJSON_CreateBool(s->call->defined_here));
			cJSON_AddItemToArray(c, range_json(s->call->callee_range));
			cJSON_AddItemToArray(calls, c);
			if (!s->call->defined_here && !cJSON_GetObjectItemCaseSensitive(imports, s->call->callee))
				cJSON_AddItemToObject(imports, s->call->callee, summary_json(s->call->summary));
		}
	return o;
}

cJSON *cache_file_stamp(const char *path) {
	struct stat st;
	if (stat(path, &st) != 0) return NULL;
	cJSON *a = cJSON_CreateArray();
	cJSON_AddItemToArray(a, cJSON_CreateString(path));
	cJSON_AddItemToArray(a, cJSON_CreateNumber((double)st.st_size));
	cJSON_AddItemToArray(a, cJSON_CreateNumber((double)st.st_mtim.tv_sec));
	cJSON_AddItemToArray(a, cJSON_CreateNumber((double)st.st_mtim.tv_nsec));
	return a;
}

/* The size alone: a file of another size has changed, whatever its time. */
static bool same_size(const cJSON *stamp, struct stat *st) {
	const cJSON *path = cJSON_GetArrayItem(stamp, 0), *size = cJSON_GetArrayItem(stamp, 1);
	return cJSON_IsString(path) && cJSON_IsNumber(size) && stat(path->valuestring, st) == 0 &&
	       (double)st->st_size == size->valuedouble;
}

bool cache_stamp_holds(const cJSON *stamp) {
	const cJSON *sec = cJSON_GetArrayItem(stamp, 2), *nsec = cJSON_GetArrayItem(stamp, 3);
	struct stat st;
	return cJSON_IsNumber(sec) && cJSON_IsNumber(nsec) && same_size(stamp, &st) &&
	       (double)st.st_mtim.tv_sec == sec->valuedouble && (double)st.st_mtim.tv_nsec == nsec->valuedouble;
}

/* Each file read as its stamp and a hash of its bytes: [path, size, sec, nsec, hash]. */
static cJSON *deps_json(const Unit *u) {
	cJSON *deps = cJSON_CreateArray();
	for (int i = 0; i < u->deps.len; i++) {
		const char *path = VEC_AT(&u->deps, const char *, i);
		char hex[33];
		cJSON *d = cache_hash_file(path, hex) ? cache_file_stamp(path) : NULL;
		if (!d) { cJSON_Delete(deps); return NULL; }
		cJSON_AddItemToArray(d, cJSON_CreateString(hex));
		cJSON_AddItemToArray(deps, d);
	}
	return deps;
}

static cJSON *unit_json(const Program *p, int unit) {
	const Unit *u = p->units[unit];
	cJSON *deps = deps_json(u);
	if (!deps) return NULL;
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "format", FORMAT);
	cJSON_AddItemToObject(o, "deps", deps);
	cJSON *files = cJSON_AddArrayToObject(o, "files");
	for (int i = 0; i < u->files.len; i++) cJSON_AddItemToArray(files, cJSON_CreateString(VEC_AT(&u->files, const char *, i)));
	cJSON_AddNumberToObject(o, "functions", u->stats.functions);
	cJSON_AddNumberToObject(o, "skipped_functions", u->stats.skipped_functions);
	cJSON *imports = cJSON_AddObjectToObject(o, "imports");
	cJSON *funcs = cJSON_AddArrayToObject(o, "funcs");
	for (int i = 0; i < p->nfns; i++)
		if (p->fns[i].unit == unit) cJSON_AddItemToArray(funcs, function_json(&p->fns[i], imports));
	cJSON *diags = cJSON_AddArrayToObject(o, "diags");
	for (int i = 0; i < u->diags.len; i++) {
		const Diag *d = &VEC_AT(&u->diags, Diag, i);
		if (!rule_is_whole_program(d->rule)) cJSON_AddItemToArray(diags, diag_json(d));
	}
	return o;
}

void cache_store(Cache *c, const Program *p, int unit, const char *const *args, int nargs) {
	const Unit *u = p->units[unit];
	if (u->failed || u->errors.len || u->from_cache) return;
	cJSON *o = unit_json(p, unit);
	if (!o) return;
	char *text = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	char *path = entry_path(c, u->path, args, nargs);
	char *slash = strrchr(path, '/');
	*slash = 0;
	bool dir = make_dirs(path);
	*slash = '/';
	char *tmp = xmalloc(strlen(path) + 32);
	sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
	FILE *f = dir && text ? fopen(tmp, "w") : NULL;
	if (f) {
		bool ok = fputs(text, f) >= 0;
		ok &= fclose(f) == 0;
		if (!ok || rename(tmp, path) != 0) remove(tmp);   /* no entry is a miss next time: nothing lost */
	}
	free(tmp);
	free(path);
	free(text);
}

/* ---- reading ---- */

static bool range_of(const cJSON *a, SrcRange *r) {
	if (!cJSON_IsArray(a) || cJSON_GetArraySize(a) != 5) return false;
	int v[5];
	for (int i = 0; i < 5; i++) {
		const cJSON *x = cJSON_GetArrayItem(a, i);
		if (!cJSON_IsNumber(x)) return false;
		v[i] = x->valueint;
	}
	r->file = v[0], r->line = v[1], r->col = v[2], r->end_line = v[3], r->end_col = v[4];
	return true;
}

static const char *str(Arena *a, const cJSON *o, const char *key) {
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsString(x) ? arena_strdup(a, x->valuestring) : NULL;
}

static bool loc_of(Arena *a, const cJSON *o, DiagLoc *l) {
	const cJSON *at = cJSON_GetObjectItemCaseSensitive(o, "at");
	l->file = str(a, o, "file");
	if (!l->file || !cJSON_IsArray(at) || cJSON_GetArraySize(at) != 4) return false;
	int *v[] = {&l->line, &l->col, &l->end_line, &l->end_col};
	for (int i = 0; i < 4; i++) {
		const cJSON *x = cJSON_GetArrayItem(at, i);
		if (!cJSON_IsNumber(x)) return false;
		*v[i] = x->valueint;
	}
	return true;
}

/* A summary, &NONE for false, NULL when malformed. */
static const Summary *summary_of(Arena *a, const cJSON *x) {
	if (cJSON_IsFalse(x)) return &NONE;
	unsigned long long rel, esc, abort_null, first, unread;
	int alloc, noret, given, realloc_like, never_null, keeps_shared;
	if (!cJSON_IsString(x) ||
	    sscanf(x->valuestring, "%llx %llx %llx %d %d %d %llx %llx %d %d %d", &rel, &esc, &abort_null, &alloc, &noret,
	           &given, &first, &unread, &realloc_like, &never_null, &keeps_shared) != 11)
		return NULL;   /* also a cache written before a field was added: analyzed again */
	Summary *s = ARENA_NEW(a, Summary);
	s->releases = rel, s->escapes = esc, s->aborts_on_null = abort_null;
	s->allocator = alloc, s->noreturn = noret, s->returns_arg = given, s->writes_first = first;
	s->never_read_first = unread, s->realloc_like = realloc_like, s->never_null = never_null, s->keeps_shared = keeps_shared;
	return s;
}

static bool diag_of(Arena *a, const cJSON *o, Diag *d) {
	const cJSON *notes = cJSON_GetObjectItemCaseSensitive(o, "notes"), *sev = cJSON_GetObjectItemCaseSensitive(o, "sev");
	const char *rule = str(a, o, "rule");
	memset(d, 0, sizeof *d);
	d->rule = rule ? rule_find(rule) : -1;
	d->msg = str(a, o, "msg");
	d->function = str(a, o, "function");
	if (d->rule < 0 || !d->msg || !cJSON_IsNumber(sev) || !cJSON_IsArray(notes)) return false;
	if (sev->valueint != SEV_WARNING && sev->valueint != SEV_ERROR) return false;
	d->sev = (Severity)sev->valueint;
	if (!loc_of(a, cJSON_GetObjectItemCaseSensitive(o, "loc"), &d->at)) return false;
	d->nnotes = cJSON_GetArraySize(notes);
	d->notes = ARENA_ARRAY(a, Note, d->nnotes ? d->nnotes : 1);
	for (int i = 0; i < d->nnotes; i++) {
		const cJSON *n = cJSON_GetArrayItem(notes, i);
		d->notes[i].msg = str(a, n, "msg");
		d->notes[i].after = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(n, "after"));
		if (!d->notes[i].msg || !loc_of(a, n, &d->notes[i].at)) return false;
	}
	return true;
}

/* A body of calls only: one block, a call statement per call, then return. */
static bool calls_of(Arena *a, const cJSON *calls, Function *f) {
	int n = cJSON_GetArraySize(calls);
	f->nblocks = 1;
	f->blocks = ARENA_ARRAY(a, Block, 1);
	f->blocks[0].nstmts = n;
	f->blocks[0].stmts = ARENA_ARRAY(a, Stmt, n ? n : 1);
	f->blocks[0].term.kind = T_RETURN;
	for (int i = 0; i < n; i++) {
		const cJSON *c = cJSON_GetArrayItem(calls, i);
		const cJSON *name = cJSON_GetArrayItem(c, 0), *here = cJSON_GetArrayItem(c, 1);
		Call *call = ARENA_NEW(a, Call);
		if (!cJSON_IsString(name) || !cJSON_IsBool(here) || !range_of(cJSON_GetArrayItem(c, 2), &call->callee_range))
			return false;
		call->callee = arena_strdup(a, name->valuestring);
		call->defined_here = cJSON_IsTrue(here);
		f->blocks[0].stmts[i].kind = ST_CALL;
		f->blocks[0].stmts[i].call = call;
		f->blocks[0].stmts[i].range = call->callee_range;
	}
	function_index_calls(a, f);
	return true;
}

static bool function_of(Unit *u, const cJSON *o) {
	Arena *a = &u->arena;
	Function *f = ARENA_NEW(a, Function);
	const cJSON *frame = cJSON_GetObjectItemCaseSensitive(o, "frame"), *sum = cJSON_GetObjectItemCaseSensitive(o, "summary");
	f->name = str(a, o, "name");
	f->skipped = str(a, o, "skipped");
	f->unbounded = str(a, o, "unbounded");
	f->is_static = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "static"));
	if (!f->name || !cJSON_IsNumber(frame) || !range_of(cJSON_GetObjectItemCaseSensitive(o, "at"), &f->name_range) ||
	    (f->unbounded && !range_of(cJSON_GetObjectItemCaseSensitive(o, "unbounded_at"), &f->unbounded_at)) ||
	    !calls_of(a, cJSON_GetObjectItemCaseSensitive(o, "calls"), f))
		return false;
	f->frame = (long long)frame->valuedouble;
	if (sum) {
		const Summary *s = summary_of(a, sum);
		if (!s) return false;
		map_put(&u->summarized, f->name, (void *)f->name);
		if (s != &NONE) map_put(&u->summaries, f->name, (void *)s);
	}
	*(Function **)vec_push(&u->funcs) = f;
	return true;
}

/* Unchanged: the same size and time, or else the same size and bytes (a touch). */
static bool deps_unchanged(const cJSON *deps) {
	if (!cJSON_IsArray(deps)) return false;
	for (int i = 0; i < cJSON_GetArraySize(deps); i++) {
		const cJSON *d = cJSON_GetArrayItem(deps, i), *hash = cJSON_GetArrayItem(d, 4);
		if (cache_stamp_holds(d)) continue;
		struct stat st;
		char hex[33];
		if (!cJSON_IsString(hash) || !same_size(d, &st) || !cache_hash_file(cJSON_GetArrayItem(d, 0)->valuestring, hex) ||
		    strcmp(hex, hash->valuestring))
			return false;
	}
	return true;
}

static bool unit_of(Unit *u, const cJSON *o) {
	const cJSON *files = cJSON_GetObjectItemCaseSensitive(o, "files"), *imports = cJSON_GetObjectItemCaseSensitive(o, "imports"),
	            *funcs = cJSON_GetObjectItemCaseSensitive(o, "funcs"), *diags = cJSON_GetObjectItemCaseSensitive(o, "diags"),
	            *nf = cJSON_GetObjectItemCaseSensitive(o, "functions"), *ns = cJSON_GetObjectItemCaseSensitive(o, "skipped_functions");
	if (!cJSON_IsArray(files) || !cJSON_IsObject(imports) || !cJSON_IsArray(funcs) || !cJSON_IsArray(diags) ||
	    !cJSON_IsNumber(nf) || !cJSON_IsNumber(ns))
		return false;
	u->stats.functions = nf->valueint;
	u->stats.skipped_functions = ns->valueint;
	for (int i = 0; i < cJSON_GetArraySize(files); i++) {
		const cJSON *f = cJSON_GetArrayItem(files, i);
		if (!cJSON_IsString(f)) return false;
		*(const char **)vec_push(&u->files) = arena_strdup(&u->arena, f->valuestring);
	}
	for (const cJSON *im = imports->child; im; im = im->next) {
		const Summary *s = summary_of(&u->arena, im);
		if (!s || !im->string) return false;
		map_put(&u->imports, arena_strdup(&u->arena, im->string), (void *)s);
	}
	for (int i = 0; i < cJSON_GetArraySize(funcs); i++)
		if (!function_of(u, cJSON_GetArrayItem(funcs, i))) return false;
	for (int i = 0; i < cJSON_GetArraySize(diags); i++)
		if (!diag_of(&u->arena, cJSON_GetArrayItem(diags, i), vec_push(&u->diags))) return false;
	return true;
}

Unit *cache_load(Cache *c, const char *path, const char *const *args, int nargs) {
	char *entry = entry_path(c, path, args, nargs);
	char *text = path_read_text(entry);
	free(entry);
	cJSON *o = text ? cJSON_Parse(text) : NULL;
	free(text);
	const cJSON *format = cJSON_GetObjectItemCaseSensitive(o, "format");
	Unit *u = NULL;
	if (o && cJSON_IsNumber(format) && format->valueint == FORMAT && deps_unchanged(cJSON_GetObjectItemCaseSensitive(o, "deps"))) {
		u = unit_new(path);
		u->from_cache = true;
		if (!unit_of(u, o)) {
			unit_free(u);
			u = NULL;
		}
	}
	cJSON_Delete(o);
	return u;
}

bool cache_still_valid(const Program *p, int unit) {
	const Unit *u = p->units[unit];
	for (int i = 0; i < p->nfns; i++) {
		const ProgFn *fn = &p->fns[i];
		if (fn->unit != unit) continue;
		if (fn->called && !map_get(&u->summarized, fn->name)) return false;
		const Block *b = &fn->f->blocks[0];
		for (int k = 0; k < b->nstmts; k++) {
			const Call *call = b->stmts[k].call;
			if (call->defined_here) continue;
			const Summary *was = map_get(&u->imports, call->callee);
			const Summary *now = call->summary ? call->summary : &NONE;
			if (!was || (was == &NONE) != (now == &NONE) || (was != &NONE && !summary_equal(was, now))) return false;
		}
	}
	return true;
}
