/*
 * ir.c - the string map used across the tool, and the IR printer behind
 * --dump-ir (whose output the lowering tests compare).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"

const char *mode_macro(Mode m) {
	switch (m) {
	case MODE_OWNED: return "OWNED";
	case MODE_BORROW: return "BORROW";
	case MODE_BORROW_MUT: return "BORROW_MUT";
	case MODE_OUT_OWNED: return "OUT_OWNED";
	default: return "";
	}
}

/* ---- Map: open addressing, FNV-1a ---- */

static unsigned str_hash(const char *s) {
	unsigned h = 2166136261u;
	while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static unsigned ptr_hash(const void *p) {
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17; x *= 0xed5ad4bbu; x ^= x >> 11;
	return (unsigned)x;
}

int ptrmap_get(const PtrMap *m, const void *k) {
	if (!m->cap) return -1;
	for (unsigned i = ptr_hash(k) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
		if (!m->keys[i]) return -1;
		if (m->keys[i] == k) return m->vals[i];
	}
}

void ptrmap_put(PtrMap *m, const void *k, int v) {
	if (2 * (m->len + 1) > m->cap) {
		PtrMap n = {0};
		n.cap = m->cap ? m->cap * 2 : 64;
		n.keys = xcalloc((size_t)n.cap, sizeof(void *));
		n.vals = xcalloc((size_t)n.cap, sizeof(int));
		for (int i = 0; i < m->cap; i++)
			if (m->keys[i]) ptrmap_put(&n, m->keys[i], m->vals[i]);
		free(m->keys);
		free(m->vals);
		*m = n;
	}
	unsigned i = ptr_hash(k) & (unsigned)(m->cap - 1);
	while (m->keys[i] && m->keys[i] != k) i = (i + 1) & (unsigned)(m->cap - 1);
	if (!m->keys[i]) m->len++;
	m->keys[i] = k;
	m->vals[i] = v;
}

void ptrmap_free(PtrMap *m) {
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

void map_init(Map *m) { memset(m, 0, sizeof *m); }

void map_free(Map *m) {
	free(m->keys);
	free(m->vals);
	map_init(m);
}

void *map_get(const Map *m, const char *key) {
	if (!m->cap) return NULL;
	for (unsigned i = str_hash(key) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
		if (!m->keys[i]) return NULL;
		if (!strcmp(m->keys[i], key)) return m->vals[i];
	}
}

void map_put(Map *m, const char *key, void *val) {
	if (2 * (m->len + 1) > m->cap) {
		Map n;
		map_init(&n);
		n.cap = m->cap ? m->cap * 2 : 16;
		n.keys = xcalloc((size_t)n.cap, sizeof(char *));
		n.vals = xcalloc((size_t)n.cap, sizeof(void *));
		for (int i = 0; i < m->cap; i++)
			if (m->keys[i]) map_put(&n, m->keys[i], m->vals[i]);
		free(m->keys);
		free(m->vals);
		*m = n;
	}
	unsigned i = str_hash(key) & (unsigned)(m->cap - 1);
	while (m->keys[i] && strcmp(m->keys[i], key)) i = (i + 1) & (unsigned)(m->cap - 1);
	if (!m->keys[i]) m->len++;
	m->keys[i] = key;
	m->vals[i] = val;
}

/* ---- printing ---- */

static void place_name(const Function *f, int p, char *buf, size_t n) {
	const Place *pl = &f->places[p];
	if (pl->kind == PJ_BASE) {
		const Var *v = &f->vars[pl->var];
		if (v->kind == VK_TEMP || v->kind == VK_LITERAL) snprintf(buf, n, "$%d", pl->var);
		else snprintf(buf, n, "%s", v->name);
		return;
	}
	char in[256];
	place_name(f, pl->parent, in, sizeof in);
	const Place *par = &f->places[pl->parent];
	if (pl->kind == PJ_DEREF) snprintf(buf, n, "*%s", in);
	else if (pl->kind == PJ_INDEX) snprintf(buf, n, "%s[]", in);
	else if (par->kind == PJ_DEREF) snprintf(buf, n, "%s->%s", in + 1, pl->field);
	else snprintf(buf, n, "%s.%s", in, pl->field);
}

static void print_operand(FILE *out, const Function *f, const Operand *o) {
	char buf[300];
	switch (o->kind) {
	case OP_NONE: fputs("_", out); return;
	case OP_NULL: fputs("NULL", out); return;
	case OP_CONST: fprintf(out, "%lld", o->value); return;
	case OP_STRING: fputs("\"...\"", out); return;
	case OP_FUNC: fputs(o->name, out); return;
	case OP_PLACE: place_name(f, o->place, buf, sizeof buf); fputs(buf, out); break;
	case OP_ADDR: place_name(f, o->place, buf, sizeof buf); fprintf(out, "&%s", buf); break;
	}
	if (o->offset == OFF_KNOWN) fprintf(out, "%+lld", o->value);
	else if (o->offset == OFF_UNKNOWN) fputs("+?", out);
}

const char *operand_text(Arena *a, const Function *f, const Operand *o) {
	char buf[300] = "";
	if (o->kind == OP_PLACE || o->kind == OP_ADDR) place_name(f, o->place, buf, sizeof buf);
	return arena_strdup(a, buf);
}

/* A statement as --dump-ir prints it, without indentation or newline. */
static void print_stmt_body(FILE *out, const Function *f, const Stmt *s) {
	char buf[300];
	switch (s->kind) {
	case ST_ASSIGN:
		place_name(f, s->dst, buf, sizeof buf);
		fprintf(out, "%s %s ", buf, s->compound ? "=(compound)" : "=");
		print_operand(out, f, &s->src);
		break;
	case ST_CALL: {
		const Call *c = s->call;
		if (s->dst >= 0) {
			place_name(f, s->dst, buf, sizeof buf);
			fprintf(out, "%s = ", buf);
		}
		fputs("call ", out);
		if (c->callee) fputs(c->callee, out);
		else { fputs("(*", out); print_operand(out, f, &c->fn); fputs(")", out); }
		fputs("(", out);
		for (int i = 0; i < c->nargs; i++) {
			if (i) fputs(", ", out);
			if (c->sig && i < c->sig->nparams && c->sig->params[i].annot.mode)
				fprintf(out, "%s ", mode_macro(c->sig->params[i].annot.mode));
			print_operand(out, f, &c->args[i]);
		}
		fputs(")", out);
		if (c->sig && c->sig->ret.mode) fprintf(out, " -> %s", mode_macro(c->sig->ret.mode));
		if (c->noreturn) fputs(" noreturn", out);
		break;
	}
	case ST_USE:
		fprintf(out, "%s ", s->use == USE_READ ? "read *" : s->use == USE_WRITE ? "write *" : "escape");
		print_operand(out, f, &s->src);
		break;
	case ST_RET:
		fputs("ret ", out);
		print_operand(out, f, &s->src);
		break;
	case ST_DEAD: {
		const Var *v = &f->vars[s->var];
		if (v->kind == VK_TEMP) fprintf(out, "dead $%d", s->var);
		else fprintf(out, "dead %s", v->name);
		break;
	}
	}
	if (s->range.line) fprintf(out, "  @%d:%d", s->range.line, s->range.col);
}

static void print_term_body(FILE *out, const Function *f, const Term *t) {
	switch (t->kind) {
	case T_NONE:
	case T_UNREACHABLE: fputs("unreachable", out); break;
	case T_GOTO: fprintf(out, "goto bb%d", t->succ[0]); break;
	case T_BRANCH:
		fputs("if ", out);
		print_operand(out, f, &t->cond);
		fprintf(out, " then bb%d else bb%d", t->succ[0], t->succ[1]);
		break;
	case T_SWITCH:
		fputs("switch ", out);
		print_operand(out, f, &t->cond);
		fputs(" [", out);
		for (int i = 0; i < t->ncases; i++) fprintf(out, "%lld: bb%d, ", t->cases[i], t->targets[i]);
		fprintf(out, "default: bb%d]", t->targets[t->ncases]);
		break;
	case T_RETURN: fputs("return", out); break;
	}
	if (t->range.line && t->kind == T_RETURN) fprintf(out, "  @%d:%d", t->range.line, t->range.col);
}

static void print_stmt(FILE *out, const Function *f, const Stmt *s) {
	fputs("    ", out);
	print_stmt_body(out, f, s);
	fputc('\n', out);
}

static void print_term(FILE *out, const Function *f, const Term *t) {
	fputs("    ", out);
	print_term_body(out, f, t);
	fputc('\n', out);
}

void ir_dump_function(const Unit *u, const Function *f, void *file) {
	(void)u;
	FILE *out = file;
	fprintf(out, "fn %s(", f->name);
	for (int i = 0; i < f->nparams; i++) {
		if (i) fputs(", ", out);
		if (f->vars[i].annot.mode) fprintf(out, "%s ", mode_macro(f->vars[i].annot.mode));
		fputs(f->vars[i].name, out);
	}
	fputs(")", out);
	if (f->sig && f->sig->ret.mode) fprintf(out, " -> %s", mode_macro(f->sig->ret.mode));
	if (f->skipped) {
		fprintf(out, " skipped: %s\n", f->skipped);
		return;
	}
	fputs(" {\n", out);
	for (int i = f->nparams; i < f->nvars; i++) {
		const Var *v = &f->vars[i];
		if (v->kind == VK_TEMP || v->kind == VK_LITERAL || v->kind == VK_GLOBAL) continue;
		fprintf(out, "  let %s%s%s%s\n", v->annot.mode ? mode_macro(v->annot.mode) : "",
		        v->annot.mode ? " " : "", v->kind == VK_STATIC ? "static " : "", v->name);
	}
	for (int b = 0; b < f->nblocks; b++) {
		fprintf(out, "  bb%d:\n", b);
		for (int i = 0; i < f->blocks[b].nstmts; i++) print_stmt(out, f, &f->blocks[b].stmts[i]);
		print_term(out, f, &f->blocks[b].term);
	}
	fputs("}\n", out);
}

/* ---- the control-flow graph as Graphviz DOT (--dump-cfg, --dump-lifetimes) ---- */

void ir_dot_escape(void *file, const char *text, bool html) {
	FILE *out = file;
	for (const char *c = text; *c; c++) {
		if (html && *c == '&') fputs("&amp;", out);
		else if (html && *c == '<') fputs("&lt;", out);
		else if (html && *c == '>') fputs("&gt;", out);
		else if (html && *c == '"') fputs("&quot;", out);
		else if (html && *c == '\n') fputs("<br align=\"left\"/>", out);
		else if (html) fputc(*c, out);
		else if (*c == '\n') fputs("\\l", out);
		else if (*c == '"' || *c == '\\') fprintf(out, "\\%c", *c);
		else fputc(*c, out);
	}
}

static void dot_text(FILE *out, const char *text) { ir_dot_escape(out, text, false); }

void ir_dot_stmt(void *file, const Function *f, int b, int i, bool html) {
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem) { free(text); return; }   /* NULL: the model cannot tell that a failed open allocated nothing */
	if (i < f->blocks[b].nstmts) print_stmt_body(mem, f, &f->blocks[b].stmts[i]);
	else print_term_body(mem, f, &f->blocks[b].term);
	fclose(mem);
	ir_dot_escape(file, text, html);
	free(text);
}

/* One block's statements and terminator, as --dump-ir prints them. */
static void block_text(const Function *f, int b, FILE *out) {
	fprintf(out, "bb%d:\\l", b);
	for (int i = 0; i <= f->blocks[b].nstmts; i++) {
		fputs("    ", out);
		ir_dot_stmt(out, f, b, i, false);
		fputs("\\l", out);
	}
}

void ir_dot_edges(void *file, const Function *f, int b) {
	FILE *out = file;
	const Term *t = &f->blocks[b].term;
	switch (t->kind) {
	case T_GOTO:
		fprintf(out, "  bb%d -> bb%d;\n", b, t->succ[0]);
		break;
	case T_BRANCH:
		fprintf(out, "  bb%d -> bb%d [label=\"true\"];\n", b, t->succ[0]);
		fprintf(out, "  bb%d -> bb%d [label=\"false\", style=dashed];\n", b, t->succ[1]);
		break;
	case T_SWITCH:
		for (int i = 0; i < t->ncases; i++)
			fprintf(out, "  bb%d -> bb%d [label=\"%lld\"];\n", b, t->targets[i], t->cases[i]);
		fprintf(out, "  bb%d -> bb%d [label=\"default\", style=dashed];\n", b, t->targets[t->ncases]);
		break;
	default:
		break;
	}
}

void ir_dot_skipped(void *file, const Function *f) {
	FILE *out = file;
	fputs("  skipped [label=\"", out);
	dot_text(out, f->name);
	fputs(" was not analyzed: ", out);
	dot_text(out, f->skipped);
	fputs("\"];\n}\n", out);
}

void ir_dump_cfg(const Unit *u, const Function *f, void *file) {
	(void)u;
	FILE *out = file;
	fputs("digraph \"", out);
	dot_text(out, f->name);
	fputs("\" {\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n", out);
	if (f->skipped) {
		ir_dot_skipped(out, f);
		return;
	}
	for (int b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		fprintf(out, "  bb%d [label=\"", b);
		block_text(f, b, out);
		fprintf(out, "\"%s];\n", b == 0 ? ", penwidth=2" : t->kind == T_RETURN ? ", peripheries=2" : "");
		ir_dot_edges(out, f, b);
	}
	fputs("}\n", out);
}

void function_index_calls(Arena *a, Function *f) {
	int n = 0;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++) n += f->blocks[b].stmts[i].kind == ST_CALL;
	f->calls = ARENA_ARRAY(a, Call *, n ? n : 1);
	f->ncalls = 0;
	for (int b = 0; b < f->nblocks; b++)
		for (int i = 0; i < f->blocks[b].nstmts; i++)
			if (f->blocks[b].stmts[i].kind == ST_CALL) f->calls[f->ncalls++] = f->blocks[b].stmts[i].call;
}
