/*
 * lsp.c - `ownck --lsp`: a Language Server Protocol server (lsp.h,
 * docs/editors.md).
 *
 * Two threads. The reader (the calling thread) reads JSON-RPC messages from
 * stdin, answers requests at once and keeps the open documents; it never
 * waits for an analysis. The analyzer (a thread with a big stack, as the
 * driver's workers) takes the newest text of a document that changed,
 * analyzes it and publishes the diagnostics, unless the document changed
 * again meanwhile: then the result is stale and dropped, and the newest text
 * is analyzed next (edits made while an analysis runs queue exactly one more).
 *
 * An unsaved buffer is analyzed as it is in the editor: its text is handed
 * to libclang as an unsaved file under the document's own path, so its
 * #include "..." resolve from its directory and no file is written.
 *
 * Malformed input (bad framing, a wrong Content-Length, bad JSON, messages
 * over MAX_MESSAGE bytes, unknown methods, wrong params) gets a JSON-RPC
 * error when it is a request or cannot be told apart from one, and never
 * stops the server.
 *
 * Test hook: with OWNCK_LSP_TEST_GATE=FILE in the environment, each analysis
 * waits until FILE exists, so that tests can hold an analysis back and
 * observe that the protocol goes on meanwhile, without depending on timing.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "lsp.h"
#include "compdb.h"
#include "emit.h"
#include "paths.h"
#include "policy.h"

#ifndef OWNCK_VERSION
#define OWNCK_VERSION "0.1.0"
#endif

enum {
	MAX_MESSAGE = 64 << 20,     /* bytes of one message's content */
	MAX_HEADER_LINE = 8192,
	ANALYZER_STACK = 512 << 20, /* as the driver's workers: deep input recurses deep */
};

/* JSON-RPC and LSP error codes */
enum {
	E_PARSE = -32700, E_INVALID_REQUEST = -32600, E_METHOD = -32601, E_PARAMS = -32602,
	E_NOT_INITIALIZED = -32002,
};

typedef struct Doc {
	char *uri;
	char *path;         /* the file the URI names, or NULL (not a file: URI) */
	char *text;
	size_t len;
	long version;
	long generation;    /* bumped on every change: what "stale" compares */
	bool dirty;         /* to be analyzed */
	bool open;
} Doc;

typedef struct Server {
	const LspContext *ctx;
	pthread_mutex_t lock;       /* docs, quit, settings; never held while writing */
	pthread_cond_t wake;
	pthread_mutex_t out_lock;   /* one message at a time on stdout; taken before lock */
	Vec docs;                   /* Doc * */
	bool quit;
	bool initialized, shutdown;
	bool utf8;                  /* positions in UTF-8 bytes (negotiated), else UTF-16 units */
	Vec init_args;              /* char *: initializationOptions.arguments */
	const char *gate;           /* OWNCK_LSP_TEST_GATE */
	/* the reader's input buffer */
	char *buf;
	size_t blen, bpos, bcap;
	bool eof;
} Server;

/* ---- output ---- */

/* Writes msg (and deletes it); the caller holds out_lock. */
static void write_json(cJSON *msg) {
	json_make_utf8(msg);   /* file names and clang's messages may carry any bytes; JSON-RPC is UTF-8 */
	char *text = cJSON_PrintUnformatted(msg);
	cJSON_Delete(msg);
	if (!text) return;
	size_t n = strlen(text);
	fprintf(stdout, "Content-Length: %zu\r\n\r\n", n);
	fwrite(text, 1, n, stdout);
	fflush(stdout);
	cJSON_free(text);
}

static void send_json(Server *s, cJSON *msg) {
	pthread_mutex_lock(&s->out_lock);
	write_json(msg);
	pthread_mutex_unlock(&s->out_lock);
}

static cJSON *message(void) {
	cJSON *m = cJSON_CreateObject();
	cJSON_AddStringToObject(m, "jsonrpc", "2.0");
	return m;
}

static void send_result(Server *s, const cJSON *id, cJSON *result) {
	cJSON *m = message();
	cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, true) : cJSON_CreateNull());
	cJSON_AddItemToObject(m, "result", result ? result : cJSON_CreateNull());
	send_json(s, m);
}

static void send_error(Server *s, const cJSON *id, int code, const char *text) {
	cJSON *m = message();
	cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, true) : cJSON_CreateNull());
	cJSON *e = cJSON_AddObjectToObject(m, "error");
	cJSON_AddNumberToObject(e, "code", code);
	cJSON_AddStringToObject(e, "message", text);
	send_json(s, m);
}

/* window/logMessage (type 1 error ... 4 log) or window/showMessage. */
static void send_log(Server *s, const char *method, int type, const char *text) {
	cJSON *m = message();
	cJSON_AddStringToObject(m, "method", method);
	cJSON *p = cJSON_AddObjectToObject(m, "params");
	cJSON_AddNumberToObject(p, "type", type);
	cJSON_AddStringToObject(p, "message", text);
	send_json(s, m);
}

/* ---- URIs ---- */

static int hexval(char c) {
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The path of a file: URI (malloc'd), or NULL. */
static char *uri_to_path(const char *uri) {
	if (strncasecmp(uri, "file://", 7)) return NULL;
	const char *p = uri + 7;
	if (strncasecmp(p, "localhost/", 10) == 0) p += 9;
	if (*p != '/') return NULL;
	char *r = xmalloc(strlen(p) + 1), *o = r;
	for (; *p && *p != '?' && *p != '#'; p++) {
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			*o++ = (char)(hexval(p[1]) * 16 + hexval(p[2]));
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = 0;
	if (!*r || memchr(r, 0, (size_t)(o - r))) {
		free(r);
		return NULL;
	}
	return r;
}

/* ---- documents (callers hold s->lock) ---- */

static Doc *find_doc(Server *s, const char *uri) {
	for (int i = 0; i < s->docs.len; i++)
		if (!strcmp(VEC_AT(&s->docs, Doc *, i)->uri, uri)) return VEC_AT(&s->docs, Doc *, i);
	return NULL;
}

static void doc_free(Doc *d) {
	free(d->uri);
	free(d->path);
	free(d->text);
	free(d);
}

/* ---- positions ---- */

/* A byte offset into text for an LSP position (line, character). */
static size_t offset_of(const char *text, size_t len, long line, long ch, bool utf8) {
	size_t i = 0;
	for (long l = 0; l < line && i < len; i++)
		if (text[i] == '\n') l++;
	if (line > 0 && i >= len) return len;
	Source src = {0};
	src.text = (char *)text + i;
	size_t end = i;
	while (end < len && text[end] != '\n') end++;
	src.size = end - i;
	int starts[1] = {0};
	src.lines = starts;
	src.nlines = 1;
	size_t col = utf8 ? (size_t)ch : (size_t)source_byte_col(&src, 1, (int)(ch < 0 ? 0 : ch > 1 << 30 ? 1 << 30 : ch), true) - 1;
	if (col > end - i) col = end - i;
	return i + col;
}

static cJSON *position(Source *src, int line, int col, bool utf8) {
	cJSON *p = cJSON_CreateObject();
	int l = line < 1 ? 0 : line - 1;
	int c = utf8 ? col - 1 : source_char_col(src, line, col, true) - 1;
	cJSON_AddNumberToObject(p, "line", l);
	cJSON_AddNumberToObject(p, "character", c < 0 ? 0 : c);
	return p;
}

static cJSON *range(SourceCache *sc, const DiagLoc *at, bool utf8) {
	Source *src = source_get(sc, at->file);
	cJSON *r = cJSON_CreateObject();
	cJSON_AddItemToObject(r, "start", position(src, at->line, at->col, utf8));
	cJSON_AddItemToObject(r, "end", position(src, at->end_line >= at->line ? at->end_line : at->line,
	                                         at->end_col > 0 ? at->end_col : at->col + 1, utf8));
	return r;
}

/* ---- analysis (the analyzer thread) ---- */

typedef struct Analyzer {
	Server *s;
	FrontendConfig cfg;
	Vec model_paths;        /* const char *: the command line's, then the configurations' */
	Model *model;
	Frontend *fe;
	ConfigSet *configs;
	Vec dbs;                /* DbSlot */
	Vec shown_errors;       /* char *: configuration errors already shown */
} Analyzer;

typedef struct DbSlot { char *dir; CompDb *db; } DbSlot;

static void reload_model(Analyzer *a) {
	if (a->fe) frontend_free(a->fe);
	if (a->model) model_free(a->model);
	a->cfg.model_paths = a->model_paths.data;
	a->cfg.nmodels = a->model_paths.len;
	Vec errs;
	vec_init(&errs, sizeof(char *));
	a->model = model_load(&a->cfg, &errs);
	for (int i = 0; i < errs.len; i++) {
		send_log(a->s, "window/showMessage", 1, VEC_AT(&errs, char *, i));
		free(VEC_AT(&errs, char *, i));
	}
	vec_free(&errs);
	a->fe = frontend_new(&a->cfg, a->model);
}

static void show_once(Analyzer *a, const char *msg) {
	for (int i = 0; i < a->shown_errors.len; i++)
		if (!strcmp(VEC_AT(&a->shown_errors, char *, i), msg)) return;
	*(char **)vec_push(&a->shown_errors) = xstrdup(msg);
	send_log(a->s, "window/showMessage", 1, msg);
}

static CompDb *db_for(Analyzer *a, const char *path) {
	char *dir = path ? compdb_find_for(path) : NULL;
	if (!dir) return NULL;
	for (int i = 0; i < a->dbs.len; i++)
		if (!strcmp(VEC_AT(&a->dbs, DbSlot, i).dir, dir)) {
			free(dir);
			return VEC_AT(&a->dbs, DbSlot, i).db;
		}
	char *err = NULL;
	CompDb *db = compdb_open(dir, &err);
	if (err) {
		show_once(a, err);
		free(err);
	}
	DbSlot *slot = vec_push(&a->dbs);
	slot->dir = dir;
	slot->db = db;
	return db;
}

/* Whether file, as a Diag shows it, is the document analyzed as apath
 * (whose real path is apath_real). */
static bool is_document(const char *file, const char *apath, const char *apath_real) {
	if (!strcmp(file, apath)) return true;
	char *real = path_real(file);
	bool same = real && !strcmp(real, apath_real);
	free(real);
	return same;
}

/* clang's "FILE:LINE:COL: error: MESSAGE" for the document, as a diagnostic. */
static cJSON *clang_error(Analyzer *a, const char *msg, const char *apath, const char *apath_real,
                          SourceCache *sc, const char *key) {
	const char *e = strstr(msg, ": error: ");
	if (!e) e = strstr(msg, ": fatal error: ");
	int line = 1, col = 1;
	const char *text = msg;
	if (e) {
		/* the location is the text before e: PATH:LINE:COL */
		const char *c2 = e, *c1 = NULL;
		while (c2 > msg && c2[-1] != ':') c2--;
		if (c2 > msg) {
			c1 = c2 - 1;
			while (c1 > msg && c1[-1] != ':') c1--;
		}
		if (c1 && c1 > msg) {
			char *file = xmalloc((size_t)(c1 - msg));
			memcpy(file, msg, (size_t)(c1 - msg - 1));
			file[c1 - msg - 1] = 0;
			if (is_document(file, apath, apath_real)) {
				line = atoi(c1);
				col = atoi(c2);
			}
			free(file);
		}
		text = strstr(e, "error: ") + 7;
	}
	DiagLoc at = {key, line, col, line, col + 1};
	cJSON *d = cJSON_CreateObject();
	cJSON_AddItemToObject(d, "range", range(sc, &at, a->s->utf8));
	cJSON_AddNumberToObject(d, "severity", 1);
	cJSON_AddStringToObject(d, "code", "clang");
	cJSON_AddStringToObject(d, "source", "ownck");
	char *m = xmalloc(strlen(text) + 64);
	sprintf(m, "%s (the file was not analyzed)", text);
	cJSON_AddStringToObject(d, "message", m);
	free(m);
	return d;
}

static char *rule_href(Analyzer *a, const char *id) {
	const char *share = a->s->ctx->share_dir;
	char *page = xmalloc((share ? strlen(share) : 0) + strlen(id) + 32);
	sprintf(page, "%s/docs/rules/%s.md", share ? share : "", id);
	char *real = share ? path_real(page) : NULL;
	free(page);
	if (real) {
		char *uri = path_to_uri(real);
		free(real);
		return uri;
	}
	char *web = xmalloc(strlen(OWNCK_RULE_DOC_URL) + strlen(id) + 8);
	sprintf(web, "%s%s.md", OWNCK_RULE_DOC_URL, id);
	return web;
}

static cJSON *lsp_diag(Analyzer *a, SourceCache *sc, const Diag *d, const char *key, const char *uri) {
	const RuleInfo *r = rule_info(d->rule);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "range", range(sc, &d->at, a->s->utf8));
	cJSON_AddNumberToObject(o, "severity", d->sev == SEV_ERROR ? 1 : d->sev == SEV_WARNING ? 2 : 3);
	cJSON_AddStringToObject(o, "code", r->id);
	char *href = rule_href(a, r->id);
	cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "codeDescription"), "href", href);
	free(href);
	cJSON_AddStringToObject(o, "source", "ownck");
	cJSON_AddStringToObject(o, "message", d->msg);
	cJSON *rel = cJSON_AddArrayToObject(o, "relatedInformation");
	for (int i = 0; i < d->nnotes; i++) {
		const Note *n = &d->notes[i];
		cJSON *ri = cJSON_CreateObject();
		cJSON *loc = cJSON_AddObjectToObject(ri, "location");
		if (!strcmp(n->at.file, key)) {
			cJSON_AddStringToObject(loc, "uri", uri);
		} else {
			char *real = path_real(n->at.file);
			char *u = path_to_uri(real ? real : n->at.file);
			cJSON_AddStringToObject(loc, "uri", u);
			free(u);
			free(real);
		}
		cJSON_AddItemToObject(loc, "range", range(sc, &n->at, a->s->utf8));
		cJSON_AddStringToObject(ri, "message", n->msg);
		cJSON_AddItemToArray(rel, ri);
	}
	return o;
}

typedef struct Snapshot { char *uri, *path, *text; size_t len; long version, generation; } Snapshot;

/* Analyzes a snapshot; the publishDiagnostics params, or NULL (nothing to say). */
static cJSON *analyze(Analyzer *a, const Snapshot *snap) {
	const LspContext *ctx = a->s->ctx;
	const char *key = snap->path ? snap->path : snap->uri;   /* the document, in Diags */
	cJSON *params = cJSON_CreateObject();
	cJSON_AddStringToObject(params, "uri", snap->uri);
	cJSON_AddNumberToObject(params, "version", (double)snap->version);
	cJSON *list = cJSON_AddArrayToObject(params, "diagnostics");

	/* configuration: excluded files get no diagnostics; new models are loaded */
	char *err = NULL;
	const Config *conf = snap->path ? config_for(a->configs, snap->path, &err) : NULL;
	if (err) {
		show_once(a, err);
		free(err);
	}
	if (conf && config_excludes(conf, snap->path)) return params;
	if (conf) {
		bool added = false;
		for (int k = 0; k < conf->nmodels; k++) {
			bool dup = false;
			for (int j = 0; j < a->model_paths.len && !dup; j++)
				dup = !strcmp(VEC_AT(&a->model_paths, const char *, j), conf->models[k]);
			if (!dup) {
				*(const char **)vec_push(&a->model_paths) = conf->models[k];
				added = true;
			}
		}
		if (added) reload_model(a);
	}

	/* flags: compile_commands.json, the command line's, initializationOptions */
	Vec args;
	vec_init(&args, sizeof(const char *));
	CompDb *db = db_for(a, snap->path);
	const CompileEntry *e = db ? compdb_lookup(db, snap->path) : NULL;
	for (int i = 0; e && i < e->nargs; i++) *(const char **)vec_push(&args) = e->args[i];
	if (db) {
		char **w;
		int nw = compdb_take_warnings(db, &w);
		for (int i = 0; i < nw; i++) {
			send_log(a->s, "window/logMessage", 2, w[i]);
			free(w[i]);
		}
		free(w);
	}
	for (int i = 0; i < ctx->nextra; i++) *(const char **)vec_push(&args) = ctx->extra[i];
	for (int i = 0; i < a->s->init_args.len; i++) *(const char **)vec_push(&args) = VEC_AT(&a->s->init_args, char *, i);

	/* an untitled document gets a name in the working directory */
	const char *apath = snap->path ? snap->path : "untitled.c";
	char *apath_real = path_real(apath);
	if (!apath_real) apath_real = xstrdup(apath);
	Unit *u = driver_analyze_text(a->fe, apath, snap->text, snap->len, args.data, args.len, ctx->o->enabled,
	                              ctx->o->stack_limit);

	SourceCache sc = {0};
	source_put(&sc, key, snap->text, snap->len);
	if (u->failed) {
		for (int k = 0; k < u->errors.len; k++)
			cJSON_AddItemToArray(list, clang_error(a, VEC_AT(&u->errors, const char *, k), apath, apath_real, &sc, key));
	} else {
		Arena arena;
		arena_init(&arena);
		Vec diags;
		vec_init(&diags, sizeof(Diag));
		for (int k = 0; k < u->diags.len; k++) {
			Diag d = VEC_AT(&u->diags, Diag, k);
			Note *notes = ARENA_ARRAY(&arena, Note, d.nnotes + 1);
			for (int j = 0; j < d.nnotes; j++) notes[j] = d.notes[j];
			d.notes = notes;
			*(Diag *)vec_push(&diags) = d;
		}
		/* the document is named by its key; other files by their real paths */
		Diag *dv = diags.data;
		for (int k = 0; k < diags.len; k++) {
			if (is_document(dv[k].at.file, apath, apath_real)) dv[k].at.file = key;
			for (int j = 0; j < dv[k].nnotes; j++) {
				Note *n = &dv[k].notes[j];
				if (is_document(n->at.file, apath, apath_real)) {
					n->at.file = key;
					continue;
				}
				char *real = path_real(n->at.file);
				if (real) n->at.file = arena_strdup(&arena, real);
				free(real);
			}
		}
		diag_sort_dedupe(&diags);
		Suppressions *sup = suppress_new();
		suppress_scan(sup, &sc, key);
		Policy pol = {ctx->o->enabled, ctx->o->rule_set, a->configs, ctx->o->report_unused, {0}};
		vec_init(&pol.errors, sizeof(char *));
		policy_apply(&pol, &sc, sup, &diags);
		for (int k = 0; k < pol.errors.len; k++) {
			show_once(a, VEC_AT(&pol.errors, char *, k));
			free(VEC_AT(&pol.errors, char *, k));
		}
		vec_free(&pol.errors);
		for (int k = 0; k < diags.len; k++)
			if (!strcmp(VEC_AT(&diags, Diag, k).at.file, key))
				cJSON_AddItemToArray(list, lsp_diag(a, &sc, &VEC_AT(&diags, Diag, k), key, snap->uri));
		suppress_free(sup);
		vec_free(&diags);
		arena_free(&arena);
	}
	source_cache_free(&sc);
	unit_free(u);
	free(apath_real);
	vec_free(&args);
	return params;
}

static void wait_gate(Server *s) {
	if (!s->gate) return;
	struct stat st;
	for (;;) {
		pthread_mutex_lock(&s->lock);
		bool quit = s->quit;
		pthread_mutex_unlock(&s->lock);
		if (quit || stat(s->gate, &st) == 0) return;
		struct timespec ts = {0, 10 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
}

static void *analyzer_main(void *arg) {
	Server *s = arg;
	Analyzer a;
	memset(&a, 0, sizeof a);
	a.s = s;
	a.cfg = *s->ctx->cfg;
	vec_init(&a.model_paths, sizeof(const char *));
	for (int i = 0; i < s->ctx->cfg->nmodels; i++) *(const char **)vec_push(&a.model_paths) = s->ctx->cfg->model_paths[i];
	a.configs = configset_new(s->ctx->o->config);
	vec_init(&a.dbs, sizeof(DbSlot));
	vec_init(&a.shown_errors, sizeof(char *));
	reload_model(&a);
	for (;;) {
		pthread_mutex_lock(&s->lock);
		Doc *d = NULL;
		while (!s->quit) {
			for (int i = 0; i < s->docs.len && !d; i++)
				if (VEC_AT(&s->docs, Doc *, i)->dirty) d = VEC_AT(&s->docs, Doc *, i);
			if (d) break;
			pthread_cond_wait(&s->wake, &s->lock);
		}
		if (s->quit) {
			pthread_mutex_unlock(&s->lock);
			break;
		}
		Snapshot snap = {xstrdup(d->uri), d->path ? xstrdup(d->path) : NULL, xmalloc(d->len + 1), d->len, d->version,
		                 d->generation};
		memcpy(snap.text, d->text, d->len);
		snap.text[d->len] = 0;
		d->dirty = false;
		pthread_mutex_unlock(&s->lock);

		wait_gate(s);
		cJSON *params = analyze(&a, &snap);

		/* publish only what is still current; out_lock first, so that a
		 * didClose's empty publish cannot overtake this one */
		pthread_mutex_lock(&s->out_lock);
		pthread_mutex_lock(&s->lock);
		Doc *now = find_doc(s, snap.uri);
		bool current = now && now->open && now->generation == snap.generation && !s->quit;
		pthread_mutex_unlock(&s->lock);
		if (params && current) {
			cJSON *m = message();
			cJSON_AddStringToObject(m, "method", "textDocument/publishDiagnostics");
			cJSON_AddItemToObject(m, "params", params);
			write_json(m);
		} else {
			cJSON_Delete(params);
		}
		pthread_mutex_unlock(&s->out_lock);
		free(snap.uri);
		free(snap.path);
		free(snap.text);
	}
	frontend_free(a.fe);
	model_free(a.model);
	vec_free(&a.model_paths);
	configset_free(a.configs);
	for (int i = 0; i < a.dbs.len; i++) {
		free(VEC_AT(&a.dbs, DbSlot, i).dir);
		compdb_free(VEC_AT(&a.dbs, DbSlot, i).db);
	}
	vec_free(&a.dbs);
	for (int i = 0; i < a.shown_errors.len; i++) free(VEC_AT(&a.shown_errors, char *, i));
	vec_free(&a.shown_errors);
	return NULL;
}

/* ---- input ---- */

/* Makes at least n more bytes available after bpos, reading stdin; false at
 * the end of the input. */
static bool fill(Server *s, size_t n) {
	while (s->blen - s->bpos < n) {
		if (s->eof) return false;
		if (s->bpos > 0) {
			memmove(s->buf, s->buf + s->bpos, s->blen - s->bpos);
			s->blen -= s->bpos;
			s->bpos = 0;
		}
		if (s->bcap - s->blen < 65536) {
			size_t want = s->blen + (n > 65536 ? n : 65536);
			if (want > s->bcap) {
				s->bcap = want;
				s->buf = xrealloc(s->buf, s->bcap);
			}
		}
		ssize_t k = read(0, s->buf + s->blen, s->bcap - s->blen);
		if (k < 0 && errno == EINTR) continue;
		if (k <= 0) {
			s->eof = true;
			return s->blen - s->bpos >= n;
		}
		s->blen += (size_t)k;
	}
	return true;
}

/* One header line without its line ending into line (cut at max); false at
 * the end of the input. */
static bool read_line(Server *s, char *line, size_t max) {
	size_t n = 0;
	for (;;) {
		if (s->bpos >= s->blen && !fill(s, 1)) {
			line[n] = 0;
			return n > 0;
		}
		char c = s->buf[s->bpos++];
		if (c == '\n') break;
		if (n + 1 < max) line[n++] = c;
	}
	if (n && line[n - 1] == '\r') n--;
	line[n] = 0;
	return true;
}

/* The next message's content (malloc'd, NUL-terminated, *len bytes), or NULL
 * at the end of the input. Framing errors are answered here; *skip is set
 * when the message was dropped (and NULL returned with input left). */
static char *read_message(Server *s, size_t *len, bool *skip) {
	char line[MAX_HEADER_LINE];
	long long length = -1;
	bool any = false, bad_length = false;
	*skip = false;
	for (;;) {
		if (!read_line(s, line, sizeof line)) {
			if (any) send_error(s, NULL, E_PARSE, "the input ended inside a message's header");
			return NULL;
		}
		if (!*line) {
			if (any) break;
			continue;   /* blank lines between messages */
		}
		any = true;
		/* "Content-Length:" anywhere in the line, so that the header after
		 * garbage left by a wrong Content-Length is still found */
		const char *p = line;
		const char *h = NULL;
		for (; *p; p++)
			if (!strncasecmp(p, "Content-Length:", 15)) { h = p + 15; break; }
		if (h) {
			while (*h == ' ' || *h == '\t') h++;
			char *end;
			errno = 0;
			long long v = strtoll(h, &end, 10);
			while (*end == ' ' || *end == '\t') end++;
			if (end == h || *end || v < 0 || errno) bad_length = true;
			else { length = v; bad_length = false; }
		}
	}
	if (length < 0) {
		send_error(s, NULL, E_PARSE, bad_length ? "invalid Content-Length header" : "missing Content-Length header");
		*skip = true;
		return NULL;
	}
	if (length > MAX_MESSAGE) {
		char msg[128];
		snprintf(msg, sizeof msg, "message too large: %lld bytes (the limit is %d)", length, (int)MAX_MESSAGE);
		send_error(s, NULL, E_INVALID_REQUEST, msg);
		long long left = length;   /* dropped without being stored */
		while (left > 0) {
			if (s->bpos >= s->blen && !fill(s, 1)) return NULL;
			size_t have = s->blen - s->bpos;
			size_t take = (long long)have < left ? have : (size_t)left;
			s->bpos += take;
			left -= (long long)take;
		}
		*skip = true;
		return NULL;
	}
	if (!fill(s, (size_t)length)) {
		send_error(s, NULL, E_PARSE, "the input ended inside a message (Content-Length too large?)");
		s->bpos = s->blen;
		return NULL;
	}
	char *body = xmalloc((size_t)length + 1);
	memcpy(body, s->buf + s->bpos, (size_t)length);
	body[length] = 0;
	s->bpos += (size_t)length;
	*len = (size_t)length;
	return body;
}

/* ---- requests and notifications (the reader thread) ---- */

static const char *str_at(const cJSON *o, const char *key) {
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void publish_empty(Server *s, const char *uri) {
	cJSON *m = message();
	cJSON_AddStringToObject(m, "method", "textDocument/publishDiagnostics");
	cJSON *p = cJSON_AddObjectToObject(m, "params");
	cJSON_AddStringToObject(p, "uri", uri);
	cJSON_AddArrayToObject(p, "diagnostics");
	send_json(s, m);
}

static cJSON *capabilities(Server *s) {
	cJSON *r = cJSON_CreateObject();
	cJSON *caps = cJSON_AddObjectToObject(r, "capabilities");
	cJSON_AddStringToObject(caps, "positionEncoding", s->utf8 ? "utf-8" : "utf-16");
	cJSON *sync = cJSON_AddObjectToObject(caps, "textDocumentSync");
	cJSON_AddBoolToObject(sync, "openClose", true);
	cJSON_AddNumberToObject(sync, "change", 1);   /* full */
	cJSON_AddBoolToObject(cJSON_AddObjectToObject(sync, "save"), "includeText", false);
	cJSON *info = cJSON_AddObjectToObject(r, "serverInfo");
	cJSON_AddStringToObject(info, "name", "ownck");
	cJSON_AddStringToObject(info, "version", OWNCK_VERSION);
	return r;
}

static void on_initialize(Server *s, const cJSON *id, const cJSON *params) {
	const cJSON *enc = cJSON_GetObjectItemCaseSensitive(
		cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "capabilities"), "general"),
		"positionEncodings");
	const cJSON *e;
	cJSON_ArrayForEach(e, enc)
		if (cJSON_IsString(e) && !strcmp(e->valuestring, "utf-8")) s->utf8 = true;
	const cJSON *args = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "initializationOptions"),
	                                                     "arguments");
	pthread_mutex_lock(&s->lock);
	cJSON_ArrayForEach(e, args)
		if (cJSON_IsString(e)) *(char **)vec_push(&s->init_args) = xstrdup(e->valuestring);
	s->initialized = true;
	pthread_mutex_unlock(&s->lock);
	send_result(s, id, capabilities(s));
}

/* Applies one contentChanges entry to d; false when it is malformed. */
static bool apply_change(Server *s, Doc *d, const cJSON *ch) {
	const cJSON *text = cJSON_GetObjectItemCaseSensitive(ch, "text");
	if (!cJSON_IsString(text)) return false;
	size_t tl = strlen(text->valuestring);
	const cJSON *r = cJSON_GetObjectItemCaseSensitive(ch, "range");
	if (!r) {   /* the whole text */
		free(d->text);
		d->text = xmalloc(tl + 1);
		memcpy(d->text, text->valuestring, tl + 1);
		d->len = tl;
		return true;
	}
	const cJSON *st = cJSON_GetObjectItemCaseSensitive(r, "start"), *en = cJSON_GetObjectItemCaseSensitive(r, "end");
	const cJSON *sl = cJSON_GetObjectItemCaseSensitive(st, "line"), *sc = cJSON_GetObjectItemCaseSensitive(st, "character");
	const cJSON *el = cJSON_GetObjectItemCaseSensitive(en, "line"), *ec = cJSON_GetObjectItemCaseSensitive(en, "character");
	if (!cJSON_IsNumber(sl) || !cJSON_IsNumber(sc) || !cJSON_IsNumber(el) || !cJSON_IsNumber(ec)) return false;
	size_t a = offset_of(d->text, d->len, (long)sl->valuedouble, (long)sc->valuedouble, s->utf8);
	size_t b = offset_of(d->text, d->len, (long)el->valuedouble, (long)ec->valuedouble, s->utf8);
	if (b < a) b = a;
	char *n = xmalloc(d->len - (b - a) + tl + 1);
	memcpy(n, d->text, a);
	memcpy(n + a, text->valuestring, tl);
	memcpy(n + a + tl, d->text + b, d->len - b);
	d->len = d->len - (b - a) + tl;
	n[d->len] = 0;
	free(d->text);
	d->text = n;
	return true;
}

static void on_document(Server *s, const char *method, const cJSON *params) {
	const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
	const char *uri = str_at(td, "uri");
	if (!uri) {
		char msg[160];
		snprintf(msg, sizeof msg, "ownck: %s without textDocument.uri: ignored", method);
		send_log(s, "window/logMessage", 1, msg);
		return;
	}
	const cJSON *ver = cJSON_GetObjectItemCaseSensitive(td, "version");
	pthread_mutex_lock(&s->lock);
	Doc *d = find_doc(s, uri);
	const char *problem = NULL;
	if (!strcmp(method, "textDocument/didOpen")) {
		const char *text = str_at(td, "text");
		if (!text) problem = "didOpen without textDocument.text";
		else {
			if (!d) {
				d = xcalloc(1, sizeof(Doc));
				d->uri = xstrdup(uri);
				d->path = uri_to_path(uri);
				*(Doc **)vec_push(&s->docs) = d;
			}
			free(d->text);
			d->len = strlen(text);
			d->text = xmalloc(d->len + 1);
			memcpy(d->text, text, d->len + 1);
			d->open = true;
		}
	} else if (!d || !d->open) {
		problem = "a change, save or close of a document that is not open";
	} else if (!strcmp(method, "textDocument/didChange")) {
		const cJSON *changes = cJSON_GetObjectItemCaseSensitive(params, "contentChanges"), *ch;
		if (!cJSON_IsArray(changes)) problem = "didChange without contentChanges";
		cJSON_ArrayForEach(ch, changes)
			if (!apply_change(s, d, ch)) problem = "a malformed entry of contentChanges";
	} else if (!strcmp(method, "textDocument/didClose")) {
		d->open = false;
		d->generation++;
		for (int i = 0; i < s->docs.len; i++)
			if (VEC_AT(&s->docs, Doc *, i) == d) {
				VEC_AT(&s->docs, Doc *, i) = VEC_AT(&s->docs, Doc *, s->docs.len - 1);
				s->docs.len--;
				break;
			}
		doc_free(d);
		pthread_mutex_unlock(&s->lock);
		publish_empty(s, uri);   /* after any publish of the analyzer: see analyzer_main */
		return;
	}
	if (!problem) {
		if (cJSON_IsNumber(ver)) d->version = (long)ver->valuedouble;
		d->generation++;
		d->dirty = true;
		pthread_cond_signal(&s->wake);
	}
	pthread_mutex_unlock(&s->lock);
	if (problem) {
		char msg[256];
		snprintf(msg, sizeof msg, "ownck: ignored %s: %s", method, problem);
		send_log(s, "window/logMessage", 1, msg);
	}
}

/* Handles one message; returns true on "exit". */
static bool dispatch(Server *s, const char *body, size_t len) {
	const char *end = NULL;
	cJSON *msg = cJSON_ParseWithLengthOpts(body, len, &end, false);
	if (msg) {   /* one JSON value and nothing after it */
		while (end && end < body + len && (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')) end++;
		if (!end || end != body + len) {
			cJSON_Delete(msg);
			msg = NULL;
		}
	}
	if (!msg) {
		send_error(s, NULL, E_PARSE, "parse error: the message is not valid JSON");
		return false;
	}
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(msg, "id");
	bool valid_id = !id || cJSON_IsNumber(id) || cJSON_IsString(id);
	const char *method = str_at(msg, "method");
	const char *ver = str_at(msg, "jsonrpc");
	if (!cJSON_IsObject(msg) || !valid_id || !ver || strcmp(ver, "2.0") ||
	    (!method && !cJSON_GetObjectItemCaseSensitive(msg, "result") && !cJSON_GetObjectItemCaseSensitive(msg, "error"))) {
		send_error(s, valid_id && cJSON_IsObject(msg) ? id : NULL, E_INVALID_REQUEST,
		           cJSON_IsArray(msg) ? "invalid request: batches are not supported" : "invalid request: not a JSON-RPC 2.0 request or notification");
		cJSON_Delete(msg);
		return false;
	}
	if (!method) {   /* a response to a request of ours: we send none */
		cJSON_Delete(msg);
		return false;
	}
	const cJSON *params = cJSON_GetObjectItemCaseSensitive(msg, "params");
	if (cJSON_IsNull(params)) params = NULL;
	bool request = id != NULL, done = false;
	if (params && !cJSON_IsObject(params) && !cJSON_IsArray(params)) {
		if (request) send_error(s, id, E_PARAMS, "invalid params: params must be an object");
		else send_log(s, "window/logMessage", 1, "ownck: a notification whose params are not an object: ignored");
	} else if (!strcmp(method, "exit")) {
		done = true;
	} else if (!strcmp(method, "initialize")) {
		if (!request) {}
		else if (s->initialized) send_error(s, id, E_INVALID_REQUEST, "initialize was already received");
		else on_initialize(s, id, params);
	} else if (!s->initialized) {
		if (request) send_error(s, id, E_NOT_INITIALIZED, "the server is not initialized");
	} else if (s->shutdown) {
		if (request) send_error(s, id, E_INVALID_REQUEST, "the server is shutting down");
	} else if (!strcmp(method, "shutdown")) {
		if (request) {
			s->shutdown = true;
			send_result(s, id, NULL);
		}
	} else if (!strncmp(method, "textDocument/did", 16) &&
	           (!strcmp(method + 16, "Open") || !strcmp(method + 16, "Change") || !strcmp(method + 16, "Save") ||
	            !strcmp(method + 16, "Close"))) {
		if (request) send_error(s, id, E_METHOD, "this is a notification, not a request");
		else if (!cJSON_IsObject(params)) send_log(s, "window/logMessage", 1, "ownck: a document notification without params: ignored");
		else on_document(s, method, params);
	} else if (request) {
		char text[300];
		snprintf(text, sizeof text, "method not found: %.200s", method);
		send_error(s, id, E_METHOD, text);
	}
	/* other notifications (initialized, $/cancelRequest, $/setTrace, ...) need nothing */
	cJSON_Delete(msg);
	return done;
}

int lsp_main(const LspContext *ctx) {
	Server s;
	memset(&s, 0, sizeof s);
	s.ctx = ctx;
	pthread_mutex_init(&s.lock, NULL);
	pthread_mutex_init(&s.out_lock, NULL);
	pthread_cond_init(&s.wake, NULL);
	vec_init(&s.docs, sizeof(Doc *));
	vec_init(&s.init_args, sizeof(char *));
	s.gate = getenv("OWNCK_LSP_TEST_GATE");
	if (s.gate && !*s.gate) s.gate = NULL;

	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, ANALYZER_STACK);
	pthread_t th;
	bool started = pthread_create(&th, &attr, analyzer_main, &s) == 0;
	pthread_attr_destroy(&attr);
	if (!started) {
		fprintf(stderr, "ownck: error: cannot start the analysis thread\n");
		return 1;
	}

	bool exited = false;
	while (!exited) {
		size_t len = 0;
		bool skip;
		char *body = read_message(&s, &len, &skip);
		if (!body) {
			if (skip) continue;
			break;   /* the end of the input */
		}
		exited = dispatch(&s, body, len);
		free(body);
	}

	pthread_mutex_lock(&s.lock);
	s.quit = true;
	pthread_cond_signal(&s.wake);
	pthread_mutex_unlock(&s.lock);
	pthread_join(th, NULL);
	for (int i = 0; i < s.docs.len; i++) doc_free(VEC_AT(&s.docs, Doc *, i));
	vec_free(&s.docs);
	for (int i = 0; i < s.init_args.len; i++) free(VEC_AT(&s.init_args, char *, i));
	vec_free(&s.init_args);
	free(s.buf);
	pthread_mutex_destroy(&s.lock);
	pthread_mutex_destroy(&s.out_lock);
	pthread_cond_destroy(&s.wake);
	return exited && s.shutdown ? 0 : 1;
}
