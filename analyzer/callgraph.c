/*
 * callgraph.c - `--dump-callgraph=FILE.dot`: who calls whom, and what ownck
 * inferred about each function defined in the units (the summaries the
 * checks of their callers use).
 */
#include <stdlib.h>
#include <string.h>
#include "callgraph.h"
#include "ownership.h"
#include "program.h"

/* Names are C identifiers; labels carry DOT's own \n line breaks. */
static void dot_string(FILE *out, const char *s) {
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"') fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void param_list(char *buf, size_t n, const Function *f, uint64_t mask) {
	buf[0] = 0;
	for (int i = 0; i < f->nparams && i < 64; i++) {
		if (!((mask >> i) & 1)) continue;
		size_t used = strlen(buf);
		snprintf(buf + used, n - used, "%s%s", used ? ", " : "", f->vars[i].name);
	}
}

/* A static function's name may be defined by several units: those nodes
 * are told apart by their file. */
static const char *node_id(Arena *a, const Map *count, const ProgFn *fn) {
	if ((int)(uintptr_t)map_get(count, fn->name) < 2) return fn->name;
	return arena_printf(a, "%s (%s)", fn->name, fn->at.file);
}

static void node(FILE *out, const Program *p, const ProgFn *fn, const char *id) {
	char label[1024], rel[256], esc[256];
	const Summary *s = ownership_summary(p->units[fn->unit], fn->f);
	snprintf(label, sizeof label, "%s", fn->name);   /* the file is the cluster's label */
	if (s) {
		param_list(rel, sizeof rel, fn->f, s->releases);
		param_list(esc, sizeof esc, fn->f, s->escapes);
		size_t n = strlen(label);
		if (*rel) n += (size_t)snprintf(label + n, sizeof label - n, "\\nreleases %s", rel);
		if (*esc) n += (size_t)snprintf(label + n, sizeof label - n, "\\nkeeps %s", esc);
		if (s->allocator)
			n += (size_t)snprintf(label + n, sizeof label - n, "\\nreturns owned memory%s", s->never_null ? ", never NULL" : "");
		if (s->realloc_like) n += (size_t)snprintf(label + n, sizeof label - n, "\\nreallocates its first parameter");
		if (s->returns_arg && s->returns_arg <= fn->f->nparams)
			snprintf(label + n, sizeof label - n, "\\ngives back %s", fn->f->vars[s->returns_arg - 1].name);
	}
	fputs("  ", out);
	dot_string(out, id);
	fputs(" [shape=box, label=", out);
	dot_string(out, label);
	fputs(fn->recursive ? ", color=red];\n" : "];\n", out);
}

static void edge(FILE *out, const char *from, const char *to, bool cycle) {
	fputs("  ", out);
	dot_string(out, from);
	fputs(" -> ", out);
	dot_string(out, to);
	fputs(cycle ? " [color=red, penwidth=2];\n" : ";\n", out);
}

/* Calls to functions no file defines: the library, dashed (gray when a model describes it). */
static void external_calls(FILE *out, const ProgFn *fn, const char *id, Map *external, Map *edges, Arena *a,
                           const Map *defined) {
	const Function *f = fn->f;
	for (int b = 0; b < f->nblocks; b++)
		for (int j = 0; j < f->blocks[b].nstmts; j++) {
			const Stmt *s = &f->blocks[b].stmts[j];
			if (s->kind != ST_CALL || !s->call->callee || s->call->defined_here) continue;
			const char *callee = s->call->callee;
			if (map_get(defined, callee)) continue;   /* another file's: an edge already */
			char *key = arena_printf(a, "%s\t%s", id, callee);
			if (map_get(edges, key)) continue;
			map_put(edges, key, key);
			if (!map_get(external, callee)) {
				map_put(external, callee, (void *)callee);
				fputs("  ", out);
				dot_string(out, callee);
				fprintf(out, " [style=dashed%s];\n", s->call->sig && s->call->sig->from_model ? ", color=gray40" : "");
			}
			edge(out, id, callee, false);
		}
}

void callgraph_dump(const Program *p, FILE *out) {
	Map count, exported, external, edges;
	map_init(&count);
	map_init(&exported);
	map_init(&external);
	map_init(&edges);
	Arena a;
	arena_init(&a);
	const char **ids = ARENA_ARRAY(&a, const char *, p->nfns ? p->nfns : 1);
	for (int i = 0; i < p->nfns; i++)
	{
		map_put(&count, p->fns[i].name, (void *)((uintptr_t)map_get(&count, p->fns[i].name) + 1));
		if (!p->fns[i].f->is_static) map_put(&exported, p->fns[i].name, (void *)p->fns[i].name);
	}
	fputs("digraph callgraph {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n", out);
	for (int i = 0; i < p->nfns; i++) ids[i] = node_id(&a, &count, &p->fns[i]);
	for (int u = 0; u < p->nunits; u++) {   /* several files: a box around each file's functions */
		if (p->nunits > 1) {
			fprintf(out, "  subgraph \"cluster_%d\" {\n  label=", u);
			dot_string(out, p->units[u]->files.len ? VEC_AT(&p->units[u]->files, const char *, 0) : p->units[u]->path);
			fputs(";\n  style=rounded;\n", out);
		}
		for (int i = 0; i < p->nfns; i++)
			if (p->fns[i].unit == u) node(out, p, &p->fns[i], ids[i]);
		if (p->nunits > 1) fputs("  }\n", out);
	}
	for (int i = 0; i < p->nfns; i++) {
		const ProgFn *fn = &p->fns[i];
		for (int c = 0; c < fn->ncalls; c++) {
			const ProgFn *to = &p->fns[fn->calls[c].callee];
			edge(out, ids[i], ids[fn->calls[c].callee], to->scc == fn->scc && fn->recursive);
		}
		external_calls(out, fn, ids[i], &external, &edges, &a, &exported);
	}
	fputs("}\n", out);
	arena_free(&a);
	map_free(&count);
	map_free(&exported);
	map_free(&external);
	map_free(&edges);
}
