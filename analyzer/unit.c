/*
 * unit.c - the lifetime of a Unit, and the display names of its files.
 */
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>
#include "unit.h"

Unit *unit_new(const char *path) {
	Unit *u = xcalloc(1, sizeof(Unit));
	arena_init(&u->arena);
	u->path = arena_strdup(&u->arena, path);
	vec_init(&u->files, sizeof(const char *));
	vec_init(&u->funcs, sizeof(Function *));
	map_init(&u->sigs);
	map_init(&u->summaries);
	vec_init(&u->annot_decls, sizeof(AnnotDecl));
	vec_init(&u->diags, sizeof(Diag));
	vec_init(&u->errors, sizeof(const char *));
	vec_init(&u->deps, sizeof(const char *));
	map_init(&u->imports);
	map_init(&u->summarized);
	return u;
}

void unit_free(Unit *u) {
	if (!u) return;
	vec_free(&u->files);
	vec_free(&u->funcs);
	map_free(&u->sigs);
	map_free(&u->summaries);
	vec_free(&u->annot_decls);
	vec_free(&u->diags);
	vec_free(&u->errors);
	vec_free(&u->deps);
	map_free(&u->imports);
	map_free(&u->summarized);
	arena_free(&u->arena);
	free(u);
}

/* Paths are shown relative to the current directory when the file is under
 * it, else absolute (annotations.md 7.2). */
static const char *display_path(Arena *a, const char *path) {
	char real[PATH_MAX], cwd[PATH_MAX];
	if (!realpath(path, real) || !getcwd(cwd, sizeof cwd)) return arena_strdup(a, path);
	size_t n = strlen(cwd);
	if (!strncmp(real, cwd, n) && real[n] == '/') return arena_strdup(a, real + n + 1);
	return arena_strdup(a, real);
}

int unit_file_id(Unit *u, const char *path) {
	const char *shown = display_path(&u->arena, path);
	for (int i = 0; i < u->files.len; i++)
		if (!strcmp(VEC_AT(&u->files, const char *, i), shown)) return i;
	*(const char **)vec_push(&u->files) = shown;
	return u->files.len - 1;
}

void unit_error(Unit *u, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	*(const char **)vec_push(&u->errors) = arena_vprintf(&u->arena, fmt, ap);
	va_end(ap);
}

DiagLoc unit_loc(const Unit *u, SrcRange r) {
	DiagLoc d = {0};
	d.file = r.file >= 0 && r.file < u->files.len ? VEC_AT(&u->files, const char *, r.file) : u->path;
	d.line = r.line;
	d.col = r.col;
	d.end_line = r.end_line ? r.end_line : r.line;
	d.end_col = r.end_col ? r.end_col : r.col + 1;
	return d;
}

double stats_now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
