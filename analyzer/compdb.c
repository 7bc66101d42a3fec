/*
 * compdb.c - compile_commands.json through libclang (compdb.h).
 *
 * Besides frontend.c and lower.c, this is the one file that includes
 * clang-c headers: libclang's CXCompilationDatabase already handles what a
 * hand-written reader gets wrong (the shell quoting of "command", response
 * files, relative "file" entries, and the flags for files the database does
 * not list, interpolated from the nearest entry as clangd does), and only
 * libclang can say which flags libclang rejects. docs/design.md has the
 * reasoning.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <clang-c/Index.h>
#include <clang-c/CXCompilationDatabase.h>
#include "compdb.h"
#include "ir.h"
#include "paths.h"

typedef struct Probe { char *key; Vec rejected; /* char * */ } Probe;

struct CompDb {
	CXCompilationDatabase db;
	CXIndex index;              /* for the flag probe; created on first use */
	char *dir;
	Vec entries;                /* CompileEntry *: exact, one per file and set of flags */
	Vec inferred;               /* CompileEntry *: made by compdb_lookup */
	Vec probes;                 /* Probe */
	Vec warned;                 /* char *: flags already warned about */
	Vec warnings;               /* char *: not yet taken */
};

static bool eq(const char *a, const char *b) { return !strcmp(a, b); }

static bool in_list(const char *a, const char *const *list) {
	for (; *list; list++)
		if (eq(a, *list)) return true;
	return false;
}

/* Options that take the next argument as a path, or with it joined. */
static const char *const path_opts[] = {"-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros",
                                        "-isysroot", "--sysroot", "-F", "-iprefix", "-cxx-isystem", NULL};
/* Options whose next argument is a value to keep. */
static const char *const value_opts[] = {"-D", "-U", "-x", "-Xclang", "-target", "-arch", "-mllvm",
                                         "-Xpreprocessor", "-ivfsoverlay", NULL};
/* Output and build-system flags: dropped with their value. */
static const char *const drop_value_opts[] = {"-o", "-MF", "-MT", "-MQ", "-MJ", "-Xlinker", "-Xassembler",
                                              "-L", "-T", "-u", "-z", "--serialize-diagnostics", NULL};
/* Flags dropped alone. */
static const char *const drop_opts[] = {"-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG", "-pipe",
                                        "-save-temps", "-Werror", "-pedantic-errors", "-fsyntax-only", "-v",
                                        "-###", "-shared", "-static", "-rdynamic", "-pthread", NULL};

typedef struct Args { Vec v; /* char *, owned */ } Args;

static void push(Args *a, const char *s) { *(char **)vec_push(&a->v) = xstrdup(s); }

static void push_path(Args *a, const char *dir, const char *p) {
	if (p[0] == '/' || p[0] == '=' || !strncmp(p, "$SYSROOT", 8)) push(a, p);
	else {
		char *abs = path_absolute(dir, p);
		push(a, abs);
		free(abs);
	}
}

/* Appends the arguments of response file path (GNU quoting: white space
 * separates, '...' and "..." quote, backslash escapes), expanding nested ones,
 * to v; false when it cannot be read. */
static bool read_response_file(const char *path, const char *dir, Vec *v, int depth) {
	FILE *f = depth < 16 ? fopen(path, "rb") : NULL;
	if (!f) return false;
	Vec word;
	vec_init(&word, 1);
	bool in_word = false;
	int q = 0, c;
	while ((c = fgetc(f)) != EOF) {
		if (q) {
			if (c == q) q = 0;
			else if (c == '\\' && q == '"') {
				int d = fgetc(f);
				if (d != EOF) *(char *)vec_push(&word) = (char)d;
			} else *(char *)vec_push(&word) = (char)c;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (in_word) {
				*(char *)vec_push(&word) = 0;
				const char *w = word.data;
				char *nested = w[0] == '@' ? path_absolute(dir, w + 1) : NULL;
				if (!nested || !read_response_file(nested, dir, v, depth + 1)) *(char **)vec_push(v) = xstrdup(w);
				free(nested);
				word.len = 0;
				in_word = false;
			}
			continue;
		}
		in_word = true;
		if (c == '\'' || c == '"') q = c;
		else if (c == '\\') {
			int d = fgetc(f);
			if (d != EOF) *(char *)vec_push(&word) = (char)d;
		} else *(char *)vec_push(&word) = (char)c;
	}
	if (in_word) {
		*(char *)vec_push(&word) = 0;
		*(char **)vec_push(v) = xstrdup(word.data);
	}
	vec_free(&word);
	fclose(f);
	return true;
}

/* The parsing flags of a compiler command line. */
static void clean_args(CXCompileCommand cmd, const char *dir, const char *file_abs, Args *out) {
	Vec rv;
	vec_init(&rv, sizeof(char *));
	unsigned count = clang_CompileCommand_getNumArgs(cmd);
	for (unsigned i = 0; i < count; i++) {
		CXString s = clang_CompileCommand_getArg(cmd, i);
		const char *a = clang_getCString(s);
		/* libclang expands @FILE itself, except relative to a relative
		 * "directory": those are left for us */
		char *rsp = a[0] == '@' && i > 0 ? path_absolute(dir, a + 1) : NULL;
		if (!rsp || !read_response_file(rsp, dir, &rv, 0)) *(char **)vec_push(&rv) = xstrdup(a);
		free(rsp);
		clang_disposeString(s);
	}
	char **raw = rv.data;
	unsigned n = (unsigned)rv.len;
	for (unsigned i = 1; i < n; i++) {   /* raw[0] is the compiler */
		const char *a = raw[i];
		if (eq(a, "--")) break;          /* only inputs follow */
		if (a[0] != '-' || eq(a, "-")) continue;   /* an input: this file, or another */
		if (in_list(a, drop_opts) || !strncmp(a, "-Werror=", 8)) continue;
		if (in_list(a, drop_value_opts)) { i++; continue; }
		if ((a[1] == 'o' && a[2]) || !strncmp(a, "-MF", 3) || !strncmp(a, "-MT", 3) || !strncmp(a, "-MQ", 3) ||
		    !strncmp(a, "-MJ", 3) || !strncmp(a, "-Wl,", 4) || !strncmp(a, "-Wa,", 4) || !strncmp(a, "-l", 2) ||
		    !strncmp(a, "-L", 2))
			continue;
		if (in_list(a, path_opts)) {
			if (i + 1 < n) {
				push(out, a);
				push_path(out, dir, raw[++i]);
			}
			continue;
		}
		if (in_list(a, value_opts)) {
			push(out, a);
			if (i + 1 < n) push(out, raw[++i]);
			continue;
		}
		bool joined = false;
		for (const char *const *o = path_opts; *o && !joined; o++) {
			size_t k = strlen(*o);
			if (!strncmp(a, *o, k) && a[k] && strcmp(*o, "-include") && strcmp(*o, "-imacros")) {
				const char *p = a[k] == '=' && !strcmp(*o, "--sysroot") ? a + k + 1 : a + k;
				char *abs = p[0] == '/' ? xstrdup(p) : path_absolute(dir, p);
				char *j = xmalloc(strlen(abs) + k + 2);
				sprintf(j, "%.*s%s%s", (int)k, a, a[k] == '=' && !strcmp(*o, "--sysroot") ? "=" : "", abs);
				*(char **)vec_push(&out->v) = j;
				free(abs);
				joined = true;
			}
		}
		if (!joined) push(out, a);
	}
	(void)file_abs;
	for (unsigned i = 0; i < n; i++) free(raw[i]);
	vec_free(&rv);
}

/* What libclang says about these flags when parsing an empty file: the
 * flags it rejects, named in its driver errors ("unknown argument: '-fx'"). */
static void probe_flags(CompDb *db, char **args, int nargs, Vec *rejected) {
	if (!db->index) db->index = clang_createIndex(0, 0);
	const char **argv = xcalloc((size_t)nargs + 1, sizeof(char *));
	int argc = 0;
	for (int i = 0; i < nargs; i++) {
		/* what cannot be rejected, and what would make the probe read files */
		if (in_list(args[i], path_opts) || in_list(args[i], value_opts)) {
			if (!eq(args[i], "-x") && !eq(args[i], "-target") && !eq(args[i], "-Xclang")) { i++; continue; }
			argv[argc++] = args[i];
			if (i + 1 < nargs) argv[argc++] = args[++i];
			continue;
		}
		if (!strncmp(args[i], "-D", 2) || !strncmp(args[i], "-U", 2) || !strncmp(args[i], "-I", 2) ||
		    !strncmp(args[i], "-isystem", 8) || !strncmp(args[i], "-iquote", 7) || !strncmp(args[i], "-idirafter", 10))
			continue;
		argv[argc++] = args[i];
	}
	static const char probe_name[] = "/ownck-flag-probe.c";
	struct CXUnsavedFile uf = {probe_name, "int ownck_probe;\n", 17};
	for (int round = 0; round < 8; round++) {
		CXTranslationUnit tu = NULL;
		if (clang_parseTranslationUnit2(db->index, probe_name, argv, argc, &uf, 1, 0, &tu) != CXError_Success || !tu)
			break;
		bool dropped = false;
		unsigned nd = clang_getNumDiagnostics(tu);
		for (unsigned i = 0; i < nd; i++) {
			CXDiagnostic d = clang_getDiagnostic(tu, i);
			CXString s = clang_getDiagnosticSpelling(d);
			const char *msg = clang_getCString(s);
			const char *q = strchr(msg, '\'');
			const char *e = q ? strchr(q + 1, '\'') : NULL;
			if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error && e &&
			    (strstr(msg, "unknown argument") || strstr(msg, "unsupported option") ||
			     strstr(msg, "unsupported argument") || strstr(msg, "invalid argument"))) {
				for (int k = 0; k < argc; k++) {
					if ((size_t)(e - q - 1) != strlen(argv[k]) || strncmp(argv[k], q + 1, (size_t)(e - q - 1)))
						continue;
					*(char **)vec_push(rejected) = xstrdup(argv[k]);
					memmove(&argv[k], &argv[k + 1], sizeof(char *) * (size_t)(argc - k - 1));
					argc--;
					dropped = true;
					break;
				}
			}
			clang_disposeString(s);
			clang_disposeDiagnostic(d);
		}
		clang_disposeTranslationUnit(tu);
		if (!dropped) break;
	}
	free(argv);
}

static void warn_once(CompDb *db, const char *flag) {
	for (int i = 0; i < db->warned.len; i++)
		if (eq(VEC_AT(&db->warned, char *, i), flag)) return;
	*(char **)vec_push(&db->warned) = xstrdup(flag);
	char *w = xmalloc(strlen(flag) + strlen(db->dir) + 128);
	sprintf(w, "dropped '%s' from the flags in %s/compile_commands.json: libclang rejects it", flag, db->dir);
	*(char **)vec_push(&db->warnings) = w;
}

/* Removes the flags libclang rejects from a, probing each distinct list once. */
static void drop_rejected(CompDb *db, Args *a) {
	char **v = a->v.data;
	size_t len = 1;
	for (int i = 0; i < a->v.len; i++) len += strlen(v[i]) + 1;
	char *key = xmalloc(len);
	key[0] = 0;
	for (int i = 0; i < a->v.len; i++) strcat(strcat(key, v[i]), "\n");
	Probe *p = NULL;
	for (int i = 0; i < db->probes.len && !p; i++)
		if (eq(VEC_AT(&db->probes, Probe, i).key, key)) p = &VEC_AT(&db->probes, Probe, i);
	if (p) {
		free(key);
	} else {
		p = vec_push(&db->probes);
		p->key = key;
		vec_init(&p->rejected, sizeof(char *));
		probe_flags(db, v, a->v.len, &p->rejected);
	}
	for (int r = 0; r < p->rejected.len; r++) {
		const char *bad = VEC_AT(&p->rejected, char *, r);
		warn_once(db, bad);
		int o = 0;
		for (int i = 0; i < a->v.len; i++) {
			if (eq(v[i], bad)) free(v[i]);
			else v[o++] = v[i];
		}
		a->v.len = o;
	}
}

/* An entry's directory, absolute: a relative one is taken relative to the
 * directory holding compile_commands.json (malloc'd). */
static char *entry_dir(const CompDb *db, CXCompileCommand cmd) {
	CXString d = clang_CompileCommand_getDirectory(cmd);
	const char *s = clang_getCString(d);
	char *r = path_absolute(db->dir, s && *s ? s : ".");
	clang_disposeString(d);
	return r;
}

static CompileEntry *make_entry(CompDb *db, CXCompileCommand cmd, bool exact) {
	CXString f = clang_CompileCommand_getFilename(cmd);
	char *dir = entry_dir(db, cmd);
	const char *file = clang_getCString(f);
	CompileEntry *e = xcalloc(1, sizeof(CompileEntry));
	char *abs = path_absolute(dir, file);
	e->file = path_real(abs);
	if (!e->file) e->file = xstrdup(abs);
	Args a;
	vec_init(&a.v, sizeof(char *));
	clean_args(cmd, dir, abs, &a);
	free(abs);
	drop_rejected(db, &a);
	e->args = a.v.data;
	e->nargs = a.v.len;
	e->exact = exact;
	free(dir);
	clang_disposeString(f);
	return e;
}

static void entry_free(CompileEntry *e);
static void free_strings(Vec *v);

/* A file and its flags: a file built twice with other flags (xz's xzdec.c,
 * as xzdec and as lzmadec with -DLZMADEC) is two entries, a command the
 * database records twice one. */
static char *entry_key(const CompileEntry *e) {
	size_t n = strlen(e->file) + 1;
	for (int i = 0; i < e->nargs; i++) n += strlen(e->args[i]) + 1;
	char *k = xmalloc(n), *w = stpcpy(k, e->file);
	for (int i = 0; i < e->nargs; i++) {
		*w++ = '\x1f';
		w = stpcpy(w, e->args[i]);
	}
	return k;
}

CompDb *compdb_open(const char *dir, char **err) {
	*err = NULL;
	char *d = xstrdup(dir);
	size_t n = strlen(d), kn = strlen("compile_commands.json");
	if (n >= kn && eq(d + n - kn, "compile_commands.json") && (n == kn || d[n - kn - 1] == '/')) {
		char *p = path_dirname(d);
		free(d);
		d = p;
	}
	char *real = path_real(d);
	char *json = real ? path_join(real, "compile_commands.json") : NULL;
	if (!json || !path_is_file(json)) {
		*err = xmalloc(strlen(dir) + 64);
		sprintf(*err, "no compile_commands.json in '%s'", dir);
		free(d);
		free(real);
		free(json);
		return NULL;
	}
	free(json);
	free(d);
	CXCompilationDatabase_Error cerr;
	CXCompilationDatabase cdb = clang_CompilationDatabase_fromDirectory(real, &cerr);
	if (!cdb || cerr != CXCompilationDatabase_NoError) {
		*err = xmalloc(strlen(real) + 96);
		sprintf(*err, "cannot read '%s/compile_commands.json' (libclang: not a valid compilation database)", real);
		if (cdb) clang_CompilationDatabase_dispose(cdb);
		free(real);
		return NULL;
	}
	CompDb *db = xcalloc(1, sizeof(CompDb));
	db->db = cdb;
	db->dir = real;
	vec_init(&db->entries, sizeof(CompileEntry *));
	vec_init(&db->inferred, sizeof(CompileEntry *));
	vec_init(&db->probes, sizeof(Probe));
	vec_init(&db->warned, sizeof(char *));
	vec_init(&db->warnings, sizeof(char *));
	CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(cdb);
	unsigned count = all ? clang_CompileCommands_getSize(all) : 0;
	Map seen;   /* entry_key -> the entry */
	Vec keys;   /* char *: seen's keys */
	map_init(&seen);
	vec_init(&keys, sizeof(char *));
	for (unsigned i = 0; i < count; i++) {
		CompileEntry *e = make_entry(db, clang_CompileCommands_getCommand(all, i), true);
		char *key = entry_key(e);
		if (map_get(&seen, key)) {
			entry_free(e);
			free(key);
			continue;
		}
		map_put(&seen, key, e);
		*(char **)vec_push(&keys) = key;
		*(CompileEntry **)vec_push(&db->entries) = e;
	}
	map_free(&seen);
	free_strings(&keys);
	if (all) clang_CompileCommands_dispose(all);
	return db;
}

static void entry_free(CompileEntry *e) {
	for (int i = 0; i < e->nargs; i++) free(e->args[i]);
	free(e->args);
	free(e->file);
	free(e);
}

static void free_strings(Vec *v) {
	for (int i = 0; i < v->len; i++) free(VEC_AT(v, char *, i));
	vec_free(v);
}

void compdb_free(CompDb *db) {
	if (!db) return;
	for (int i = 0; i < db->entries.len; i++) entry_free(VEC_AT(&db->entries, CompileEntry *, i));
	for (int i = 0; i < db->inferred.len; i++) entry_free(VEC_AT(&db->inferred, CompileEntry *, i));
	vec_free(&db->entries);
	vec_free(&db->inferred);
	for (int i = 0; i < db->probes.len; i++) {
		free(VEC_AT(&db->probes, Probe, i).key);
		free_strings(&VEC_AT(&db->probes, Probe, i).rejected);
	}
	vec_free(&db->probes);
	free_strings(&db->warned);
	free_strings(&db->warnings);
	if (db->index) clang_disposeIndex(db->index);
	clang_CompilationDatabase_dispose(db->db);
	free(db->dir);
	free(db);
}

int compdb_count(CompDb *db) { return db->entries.len; }
const CompileEntry *compdb_at(CompDb *db, int i) { return VEC_AT(&db->entries, CompileEntry *, i); }

const CompileEntry *compdb_exact(CompDb *db, const char *file, int n) {
	char *abs = path_real(file);
	const CompileEntry *found = NULL;
	for (int i = 0; abs && i < db->entries.len && !found; i++)
		if (eq(VEC_AT(&db->entries, CompileEntry *, i)->file, abs) && n-- == 0) found = VEC_AT(&db->entries, CompileEntry *, i);
	free(abs);
	return found;
}

const CompileEntry *compdb_lookup(CompDb *db, const char *file) {
	char *abs = path_real(file);
	if (!abs) {
		char cwd[4096];
		abs = path_absolute(file[0] == '/' || !getcwd(cwd, sizeof cwd) ? "/" : cwd, file);
	}
	const CompileEntry *found = NULL;
	for (int i = 0; i < db->entries.len && !found; i++)
		if (eq(VEC_AT(&db->entries, CompileEntry *, i)->file, abs)) found = VEC_AT(&db->entries, CompileEntry *, i);
	for (int i = 0; i < db->inferred.len && !found; i++)
		if (eq(VEC_AT(&db->inferred, CompileEntry *, i)->file, abs)) found = VEC_AT(&db->inferred, CompileEntry *, i);
	if (!found) {
		CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db->db, abs);
		if (cmds && clang_CompileCommands_getSize(cmds) > 0) {
			CompileEntry *e = make_entry(db, clang_CompileCommands_getCommand(cmds, 0), false);
			free(e->file);
			e->file = xstrdup(abs);
			*(CompileEntry **)vec_push(&db->inferred) = e;
			found = e;
		}
		if (cmds) clang_CompileCommands_dispose(cmds);
	}
	free(abs);
	return found;
}

int compdb_take_warnings(CompDb *db, char ***out) {
	int n = db->warnings.len;
	*out = db->warnings.data;
	vec_init(&db->warnings, sizeof(char *));
	return n;
}

char *compdb_find_for(const char *file) {
	char *real = path_real(file);
	if (!real) return NULL;
	char *dir = path_dirname(real);
	free(real);
	for (;;) {
		const char *sub[] = {"compile_commands.json", "build/compile_commands.json"};
		for (int i = 0; i < 2; i++) {
			char *p = path_join(dir, sub[i]);
			bool hit = path_is_file(p);
			if (hit) {
				char *r = path_dirname(p);
				free(p);
				free(dir);
				return r;
			}
			free(p);
		}
		if (eq(dir, "/")) break;
		char *up = path_dirname(dir);
		free(dir);
		dir = up;
	}
	free(dir);
	return NULL;
}
