/*
 * callgraph.c - `--dump-callgraph=FILE.dot`: who calls whom, and what ownck
 * inferred about each function defined in the units (the summaries the
 * checks of their callers use).
 */
#include <stdlib.h>
#include <string.h>
#include "callgraph.h"
#include "ownership.h"

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

static void node(FILE *out, Unit *u, const Function *f) {
	char label[1024], rel[256], esc[256];
	const Summary *s = ownership_summary(u, f);
	snprintf(label, sizeof label, "%s", f->name);
	if (s) {
		param_list(rel, sizeof rel, f, s->releases);
		param_list(esc, sizeof esc, f, s->escapes);
		size_t n = strlen(label);
		if (*rel) n += (size_t)snprintf(label + n, sizeof label - n, "\\nreleases %s", rel);
		if (*esc) n += (size_t)snprintf(label + n, sizeof label - n, "\\nkeeps %s", esc);
		if (s->allocator) snprintf(label + n, sizeof label - n, "\\nreturns owned memory");
	}
	fputs("  ", out);
	dot_string(out, f->name);
	fputs(" [shape=box, label=", out);
	dot_string(out, label);
	fputs("];\n", out);
}

void callgraph_dump(Unit *const *units, int n, FILE *out) {
	Map defined, external, edges;
	map_init(&defined);
	map_init(&external);
	map_init(&edges);
	Arena a;
	arena_init(&a);
	fputs("digraph callgraph {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n", out);
	for (int i = 0; i < n; i++)
		for (int k = 0; k < units[i]->funcs.len; k++) {
			const Function *f = VEC_AT(&units[i]->funcs, Function *, k);
			if (map_get(&defined, f->name)) continue;
			map_put(&defined, f->name, (void *)f);
			node(out, units[i], f);
		}
	for (int i = 0; i < n; i++)
		for (int k = 0; k < units[i]->funcs.len; k++) {
			const Function *f = VEC_AT(&units[i]->funcs, Function *, k);
			for (int b = 0; b < f->nblocks; b++)
				for (int j = 0; j < f->blocks[b].nstmts; j++) {
					const Stmt *s = &f->blocks[b].stmts[j];
					if (s->kind != ST_CALL || !s->call->callee) continue;
					const char *callee = s->call->callee;
					char *key = arena_printf(&a, "%s\t%s", f->name, callee);
					if (map_get(&edges, key)) continue;
					map_put(&edges, key, key);
					if (!map_get(&defined, callee) && !map_get(&external, callee)) {
						map_put(&external, callee, (void *)callee);
						fputs("  ", out);
						dot_string(out, callee);
						fprintf(out, " [style=dashed%s];\n",
						        s->call->sig && s->call->sig->from_model ? ", color=gray40" : "");
					}
					fputs("  ", out);
					dot_string(out, f->name);
					fputs(" -> ", out);
					dot_string(out, callee);
					fputs(";\n", out);
				}
		}
	fputs("}\n", out);
	arena_free(&a);
	map_free(&defined);
	map_free(&external);
	map_free(&edges);
}
