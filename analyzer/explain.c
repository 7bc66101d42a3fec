/*
 * explain.c - --explain-states (explain.h): which state each place is in
 * after each line, in words, under the line.
 *
 *   12 |     char *p = malloc(n);
 *      │ p: owned, maybe null (malloc at 12:15)
 *   13 |     if (!p)
 *   14 |         return -1;
 *      │ at return: p: null
 *
 * The analyses give a state per statement (ownership_explain) and the loans
 * in scope per statement (loans_explain); here a line picks, in each block
 * with statements on it, the point after its last one, and the picks of a
 * line are joined (a union, as the analysis joins paths).
 */
#include <stdlib.h>
#include <string.h>
#include "explain.h"
#include "loans.h"
#include "ownership.h"
#include "ruleset.h"

/* What a remark says, for its colour (text) or class (HTML). */
typedef enum Tone { TONE_PLAIN, TONE_OWNED, TONE_MAYBE, TONE_GONE, TONE_BAD, TONE_SHARED, TONE_MUT, TONE_DIAG } Tone;

static const char *const tone_class[] = {"plain", "owned", "maybe", "gone", "bad", "shared", "mut", "diag"};
static const char *const tone_ansi[] = {"", "\033[32m", "\033[33m", "\033[90m", "\033[31m", "\033[34m",
                                        "\033[38;5;208m", "\033[01;31m"};

/* One annotation line: a place (who) and its state (what); or a finding. */
typedef struct Remark {
	Tone tone;
	const char *who, *what;
	bool at_return;           /* the state of the paths that return on this line */
} Remark;

/* The point whose state is a line's, in one block: after statement stmt
 * (-1: at the block's entry). exit: the block returns on that line. */
typedef struct Pick { int line, block, stmt; bool exit; } Pick;

typedef struct Ex {
	Unit *u;
	const Function *f;
	int file;                 /* SrcRange.file of f's body */
	const char *path;         /* ... its display path */
	int first, last;          /* the lines shown */
	Vec own;                  /* OwnPoint */
	Vec loans;                /* LoanInfo */
	Vec lpoints;              /* LoanPoint */
	int *own_at, *loan_at;    /* block -> index of its entry point, or -1 */
	int *loan_no;             /* loan -> its number (L0, L1 ...), in the order of the text */
	int *loan_until;          /* loan -> the last line where it is in scope */
	Vec picks;                /* Pick, by line */
	bool *branches;           /* line - first -> a branch is decided on it (`if (!p) return -1;`) */
	int *line_pick;           /* line - first -> its latest Pick, to find a block's own in one step */
} Ex;

static int end_line(const SrcRange *r) { return r->end_line ? r->end_line : r->line; }

/* ---- which point is each line's ---- */

/* Lines with only scope ends (a closing brace, a return's) show the state
 * before them: what a leak report there is about is still in view. */
static void pick_block(Ex *x, int b) {
	const Block *blk = &x->f->blocks[b];
	int start = x->picks.len;
	bool exits = blk->term.kind == T_RETURN;
	int tl = blk->term.range.line;
	if ((blk->term.kind == T_BRANCH || blk->term.kind == T_SWITCH) && blk->term.range.file == x->file &&
	    tl >= x->first && tl <= x->last)
		x->branches[tl - x->first] = true;
	for (int i = 0; i < blk->nstmts; i++) {
		const Stmt *s = &blk->stmts[i];
		int line = end_line(&s->range);
		if (s->range.file != x->file || line < x->first || line > x->last) continue;
		int k = x->line_pick[line - x->first];
		if (k >= start) {   /* this block's */
			if (s->kind != ST_DEAD) VEC_AT(&x->picks, Pick, k).stmt = i;
			continue;
		}
		x->line_pick[line - x->first] = x->picks.len;
		Pick *p = vec_push(&x->picks);
		p->line = line;
		p->block = b;
		p->stmt = s->kind == ST_DEAD ? i - 1 : i;
		p->exit = exits && blk->term.range.line == line;
	}
	int line = blk->term.range.line;   /* a bare `return;` has no statement of its own */
	if (!exits || blk->term.range.file != x->file || line < x->first || line > x->last) return;
	if (x->line_pick[line - x->first] >= start) return;
	x->line_pick[line - x->first] = x->picks.len;
	Pick *p = vec_push(&x->picks);
	p->line = line;
	p->block = b;
	p->stmt = blk->nstmts - 1;
	p->exit = true;
}

static int pick_cmp(const void *pa, const void *pb) {
	const Pick *a = pa, *b = pb;
	if (a->line != b->line) return a->line < b->line ? -1 : 1;
	if (a->block != b->block) return a->block < b->block ? -1 : 1;
	return a->stmt - b->stmt;
}

/* block -> the index of its entry point (stmt -1) in the points, or -1
 * where it was not reached. */
static int *no_blocks(const Function *f) {
	int *at = xmalloc(sizeof(int) * (size_t)(f->nblocks + 1));
	for (int b = 0; b < f->nblocks; b++) at[b] = -1;
	return at;
}

static void index_points(Ex *x) {
	x->own_at = no_blocks(x->f);
	x->loan_at = no_blocks(x->f);
	for (int i = 0; i < x->own.len; i++)
		if (VEC_AT(&x->own, OwnPoint, i).stmt == -1) x->own_at[VEC_AT(&x->own, OwnPoint, i).block] = i;
	for (int i = 0; i < x->lpoints.len; i++)
		if (VEC_AT(&x->lpoints, LoanPoint, i).stmt == -1) x->loan_at[VEC_AT(&x->lpoints, LoanPoint, i).block] = i;
}

typedef struct LoanKey { int line, col, loan; } LoanKey;

static int loan_key_cmp(const void *pa, const void *pb) {
	const LoanKey *a = pa, *b = pb;
	if (a->line != b->line) return a->line < b->line ? -1 : 1;
	if (a->col != b->col) return a->col < b->col ? -1 : 1;
	return a->loan - b->loan;
}

/* Loans are numbered in the order they are created in the text. */
static void number_loans(Ex *x) {
	int n = x->loans.len;
	x->loan_no = xmalloc(sizeof(int) * (size_t)(n + 1));
	x->loan_until = xcalloc((size_t)n + 1, sizeof(int));
	LoanKey *key = xmalloc(sizeof(LoanKey) * (size_t)(n + 1));
	for (int l = 0; l < n; l++) {
		const LoanInfo *li = &VEC_AT(&x->loans, LoanInfo, l);
		key[l] = (LoanKey){li->at.line, li->at.col, l};
	}
	qsort(key, (size_t)n, sizeof(LoanKey), loan_key_cmp);
	for (int i = 0; i < n; i++) x->loan_no[key[i].loan] = i;
	free(key);
	/* a loan in scope after a statement is still there when the next one
	 * (or the block's terminator) starts: that is where it is used */
	for (int i = 0; i < x->lpoints.len; i++) {
		const LoanPoint *p = &VEC_AT(&x->lpoints, LoanPoint, i);
		const Block *blk = &x->f->blocks[p->block];
		const SrcRange *r = p->stmt + 1 < blk->nstmts ? &blk->stmts[p->stmt + 1].range : &blk->term.range;
		if (r->file != x->file || !r->line) continue;
		for (int k = 0; k < p->n; k++)
			if (end_line(r) > x->loan_until[p->loans[k]]) x->loan_until[p->loans[k]] = end_line(r);
	}
}

/* The first line of f: its name's, or the one before when that holds the
 * return type alone (GNU style: `static int\nname(...)`). */
static int first_line(const Source *s, int line) {
	const char *t;
	size_t n;
	if (line <= 1 || !source_line(s, line - 1, &t, &n) || !n) return line;
	if (t[0] == ' ' || t[0] == '\t' || t[0] == '#' || t[0] == '/' || t[0] == '*') return line;
	for (size_t i = 0; i < n; i++)
		if (strchr(";{}()/", t[i])) return line;
	return line - 1;
}

/* ---- joining the picks of a line ---- */

static bool same_site(const OwnSite *a, const OwnSite *b) {
	return a->kind == b->kind && a->at.line == b->at.line && a->at.col == b->at.col && a->at.file == b->at.file;
}

static void merge_state(PlaceState *d, const PlaceState *s) {
	d->mask |= s->mask;
	if (!d->has_alloc && s->has_alloc) {
		d->has_alloc = true;
		d->alloc_at = s->alloc_at;
		d->alloc_by = s->alloc_by;
	}
	for (int i = 0; i < s->nsites; i++) {
		bool dup = false;
		for (int k = 0; k < d->nsites && !dup; k++) dup = same_site(&d->sites[k], &s->sites[i]);
		if (!dup && d->nsites < OWN_MAX_SITES) d->sites[d->nsites++] = s->sites[i];
	}
	if (!d->local && s->local) {
		d->local = s->local;
		d->has_end = s->has_end;
		d->end_at = s->end_at;
	}
}

/* What the picks of one kind (exit or not) of a line hold: states (PlaceState,
 * by place) and loans (int, ascending). */
typedef struct Joined { Vec states, loans; bool any; } Joined;

static void join_pick(Ex *x, Joined *j, const Pick *p) {
	j->any = true;
	if (x->own_at[p->block] >= 0) {
		const OwnPoint *pt = &VEC_AT(&x->own, OwnPoint, x->own_at[p->block] + 1 + p->stmt);
		for (int i = 0; i < pt->n; i++) {
			int k = 0;
			while (k < j->states.len && VEC_AT(&j->states, PlaceState, k).place < pt->v[i].place) k++;
			if (k < j->states.len && VEC_AT(&j->states, PlaceState, k).place == pt->v[i].place) {
				merge_state(&VEC_AT(&j->states, PlaceState, k), &pt->v[i]);
				continue;
			}
			vec_push(&j->states);   /* insert at k */
			PlaceState *v = j->states.data;
			memmove(&v[k + 1], &v[k], sizeof(PlaceState) * (size_t)(j->states.len - 1 - k));
			v[k] = pt->v[i];
		}
	}
	if (x->loan_at[p->block] < 0) return;
	const LoanPoint *lp = &VEC_AT(&x->lpoints, LoanPoint, x->loan_at[p->block] + 1 + p->stmt);
	for (int i = 0; i < lp->n; i++) {
		int k = 0;
		while (k < j->loans.len && VEC_AT(&j->loans, int, k) < lp->loans[i]) k++;
		if (k < j->loans.len && VEC_AT(&j->loans, int, k) == lp->loans[i]) continue;
		vec_push(&j->loans);
		int *v = j->loans.data;
		memmove(&v[k + 1], &v[k], sizeof(int) * (size_t)(j->loans.len - 1 - k));
		v[k] = lp->loans[i];
	}
}

/* ---- states in words ---- */

static const char *where(Ex *x, SrcRange r) {
	if (r.file != x->file) return arena_printf(&x->u->arena, "%s:%d:%d", unit_loc(x->u, r).file, r.line, r.col);
	return arena_printf(&x->u->arena, "%d:%d", r.line, r.col);
}

static const char *site_text(Ex *x, const OwnSite *s) {
	Arena *a = &x->u->arena;
	switch (s->kind) {
	case SITE_MOVE_PARAM: return arena_printf(a, "into '%s' at %s", s->callee, where(x, s->at));
	case SITE_MOVE_VAR: return arena_printf(a, "into '%s' at %s", s->into, where(x, s->at));
	case SITE_MOVE_RETURN: return arena_printf(a, "returned at %s", where(x, s->at));
	case SITE_RELEASE: break;
	}
	return arena_printf(a, "%s at %s", s->callee, where(x, s->at));
}

/* "moved into 'f' at 8:5", "released (free at 9:5, free at 12:5)". */
static const char *sites_part(Ex *x, const PlaceState *s, const char *state, bool releases) {
	const char *list = NULL;
	int n = 0;
	SiteKind last = SITE_RELEASE;
	for (int i = 0; i < s->nsites; i++) {
		if ((s->sites[i].kind == SITE_RELEASE) != releases) continue;
		const char *t = site_text(x, &s->sites[i]);
		list = list ? arena_printf(&x->u->arena, "%s, %s", list, t) : t;
		last = s->sites[i].kind;
		n++;
	}
	if (!n) return state;
	if (n == 1 && !releases && last != SITE_MOVE_RETURN)
		return arena_printf(&x->u->arena, "%s %s", state, list);
	return arena_printf(&x->u->arena, "%s (%s)", state, list);
}

static const char *alloc_part(Ex *x, const PlaceState *s) {
	if (!s->has_alloc) return "";
	if (!s->alloc_by) return " (an OWNED parameter)";
	return arena_printf(&x->u->arena, " (%s at %s)", s->alloc_by, where(x, s->alloc_at));
}

/* The possibilities of s, each in words; returns their number. */
static int state_parts(Ex *x, const PlaceState *s, const char **part) {
	Arena *a = &x->u->arena;
	uint8_t m = s->mask;
	int n = 0;
	bool owned = m & (OS_OWNED | OS_MAYBE);
	if (owned && (m & OS_NULL) && !(m & ~(OS_OWNED | OS_MAYBE | OS_NULL)))   /* the common case, in one part */
		return part[0] = arena_printf(a, "owned, maybe null%s", alloc_part(x, s)), 1;
	if (m & OS_MAYBE) part[n++] = arena_printf(a, "owned if not null, not checked yet%s", alloc_part(x, s));
	else if (owned) part[n++] = arena_printf(a, "owned%s", alloc_part(x, s));
	if (m & OS_NULL) part[n++] = "null";
	if (m & OS_MOVED) part[n++] = sites_part(x, s, "moved", false);
	if (m & OS_RELEASED) part[n++] = sites_part(x, s, "released", true);
	if (m & OS_DANGLING)
		part[n++] = !s->local ? "dangling" : !s->has_end
		            ? arena_printf(a, "dangling: points into '%s', whose scope ended", s->local)
		            : arena_printf(a, "dangling: points into '%s', whose scope ended at %s", s->local, where(x, s->end_at));
	if (m & OS_OTHER) part[n++] = s->has_alloc ? "escaped: no longer followed" : "not owned here";
	if ((m & OS_UNINIT) && n) part[n++] = "not set";
	if (!n) part[n++] = "not set";
	return n;
}

static Tone state_tone(uint8_t m) {
	if (m & (OS_RELEASED | OS_DANGLING)) return TONE_BAD;
	if (m & OS_MOVED) return TONE_GONE;
	if ((m & (OS_OWNED | OS_MAYBE)) && (m & (OS_NULL | OS_MAYBE | OS_OTHER | OS_UNINIT))) return TONE_MAYBE;
	if (m & OS_OWNED) return TONE_OWNED;
	return TONE_PLAIN;
}

/* The state of place in j, or NULL. */
static const PlaceState *state_of(const Joined *j, int place) {
	for (int i = 0; i < j->states.len; i++)
		if (VEC_AT(&j->states, PlaceState, i).place == place) return &VEC_AT(&j->states, PlaceState, i);
	return NULL;
}

/* Places ownck holds nothing about (borrowed, unknown pointers) say
 * nothing, nor do the fields of a struct that is no longer this function's
 * (p->f once p is moved, released or null). */
static bool worth_showing(const Ex *x, const Joined *j, const PlaceState *s) {
	const Place *pl = &x->f->places[s->place];
	if (pl->kind == PJ_FIELD && pl->parent >= 0 && x->f->places[pl->parent].kind == PJ_DEREF) {
		const PlaceState *owner = state_of(j, x->f->places[pl->parent].parent);
		if (owner && !(owner->mask & (OS_OWNED | OS_MAYBE | OS_OTHER))) return false;
	}
	return (s->mask & ~(OS_OTHER | OS_UNINIT)) || s->has_alloc;
}

static Remark state_remark(Ex *x, const PlaceState *s, bool at_return) {
	const char *part[8];
	int n = state_parts(x, s, part);
	const char *what = part[0];
	Arena *a = &x->u->arena;
	if (n == 2) what = arena_printf(a, "%s on some paths, %s on others", part[0], part[1]);
	if (n > 2) {
		what = part[0];
		for (int i = 1; i < n - 1; i++) what = arena_printf(a, "%s, %s", what, part[i]);
		what = arena_printf(a, "%s or %s, depending on the path", what, part[n - 1]);
	}
	Remark r = {state_tone(s->mask), x->f->places[s->place].text, what, at_return};
	return r;
}

static Remark loan_remark(Ex *x, int l, bool at_return) {
	const LoanInfo *li = &VEC_AT(&x->loans, LoanInfo, l);
	Arena *a = &x->u->arena;
	const char *until = x->loan_until[l] ? arena_printf(a, ", live until %d", x->loan_until[l]) : "";
	const char *what = arena_printf(a, "borrowed %s by %s (L%d, since %s%s)", li->mut ? "mut" : "shared", li->by,
	                                x->loan_no[l], where(x, li->at), until);
	Remark r = {li->mut ? TONE_MUT : TONE_SHARED, li->what, what, at_return};
	return r;
}

/* Every remark of line `line`: the states, then the loans; those that
 * continue, then those of the paths returning there. */
static void line_remarks(Ex *x, int *next_pick, int line, Vec *out) {
	Joined j[2];
	for (int g = 0; g < 2; g++) {
		memset(&j[g], 0, sizeof j[g]);
		vec_init(&j[g].states, sizeof(PlaceState));
		vec_init(&j[g].loans, sizeof(int));
	}
	for (; *next_pick < x->picks.len && VEC_AT(&x->picks, Pick, *next_pick).line == line; ++*next_pick) {
		const Pick *p = &VEC_AT(&x->picks, Pick, *next_pick);
		join_pick(x, &j[p->exit], p);
	}
	for (int g = 0; g < 2; g++) {
		/* said only when the line also goes on */
		bool at_return = g == 1 && (j[0].any || x->branches[line - x->first]);
		for (int i = 0; i < j[g].states.len; i++) {
			const PlaceState *s = &VEC_AT(&j[g].states, PlaceState, i);
			if (worth_showing(x, &j[g], s)) *(Remark *)vec_push(out) = state_remark(x, s, at_return);
		}
		int *ls = xmalloc(sizeof(int) * (size_t)(j[g].loans.len + 1));   /* in number order */
		for (int i = 0; i < j[g].loans.len; i++) ls[i] = VEC_AT(&j[g].loans, int, i);
		for (int i = 1; i < j[g].loans.len; i++)
			for (int k = i; k > 0 && x->loan_no[ls[k - 1]] > x->loan_no[ls[k]]; k--) {
				int t = ls[k];
				ls[k] = ls[k - 1];
				ls[k - 1] = t;
			}
		for (int i = 0; i < j[g].loans.len; i++) *(Remark *)vec_push(out) = loan_remark(x, ls[i], at_return);
		free(ls);
		vec_free(&j[g].states);
		vec_free(&j[g].loans);
	}
}

static void diag_remarks(Ex *x, const Vec *diags, int line, Vec *out) {
	for (int i = 0; diags && i < diags->len; i++) {
		const Diag *d = &VEC_AT(diags, Diag, i);
		if (d->at.line != line || strcmp(d->at.file, x->path)) continue;
		Remark r = {TONE_DIAG, severity_name(d->sev),
		            arena_printf(&x->u->arena, "%s [%s] (%d:%d)", d->msg, rule_info(d->rule)->id, d->at.line, d->at.col),
		            false};
		*(Remark *)vec_push(out) = r;
	}
}

/* ---- writing ---- */

static void html_escaped(FILE *out, const char *s, size_t n) {
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		case '\r': break;
		default: fputc(s[i], out);
		}
	}
}

static void html_str(FILE *out, const char *s) { html_escaped(out, s, strlen(s)); }

static const char html_head[] =
	"<!DOCTYPE html>\n"
	"<html lang=\"en\">\n"
	"<head>\n"
	"<meta charset=\"utf-8\">\n"
	"<title>";

static const char html_style[] =
	"</title>\n"
	"<style>\n"
	"body { font-family: sans-serif; margin: 2em; color: #1f2328; background: #fff; }\n"
	"h1 { font-size: 1.2em; }\n"
	"p.legend span { margin-right: 1.5em; }\n"
	"table.src { border-collapse: collapse; font-family: ui-monospace, monospace; font-size: 13px; }\n"
	"td.ln { text-align: right; color: #8c959f; padding: 0 1em 0 0.5em; vertical-align: top; }\n"
	"td.code { white-space: pre; tab-size: 8; padding: 0 1em 0 0; }\n"
	"tr.st td.code { padding-left: 2em; font-size: 12px; }\n"
	"tr.st td.code::before { content: \"\\2502  \"; color: #d0d7de; }\n"
	"span.who { font-weight: bold; }\n"
	".owned { color: #1a7f37; }\n"
	".maybe { color: #9a6700; }\n"
	".gone { color: #6e7781; }\n"
	".bad { color: #cf222e; }\n"
	".shared { color: #0969da; }\n"
	".mut { color: #bc4c00; }\n"
	".plain { color: #57606a; }\n"
	".diag { color: #cf222e; font-weight: bold; }\n"
	"</style>\n"
	"</head>\n"
	"<body>\n";

static void html_begin(Ex *x, FILE *out) {
	fputs(html_head, out);
	fputs("ownck: states in ", out);
	html_str(out, x->f->name);
	fputs(html_style, out);
	fputs("<h1>States in <code>", out);
	html_str(out, x->f->name);
	fputs("</code> (<code>", out);
	html_str(out, x->path);
	fputs("</code>)</h1>\n", out);
	fputs("<p class=\"legend\">Under each line, the state of each place at its end, over every path that gets there: "
	      "<span class=\"owned\">owned</span><span class=\"maybe\">owned, maybe null</span>"
	      "<span class=\"gone\">moved</span><span class=\"bad\">released</span>"
	      "<span class=\"shared\">borrowed shared</span><span class=\"mut\">borrowed mut</span>"
	      "<span class=\"diag\">finding</span></p>\n", out);
	fputs("<table class=\"src\">\n", out);
}

static void html_line(FILE *out, int line, const char *text, size_t n) {
	fprintf(out, "<tr><td class=\"ln\">%d</td><td class=\"code\">", line);
	html_escaped(out, text, n);
	fputs("</td></tr>\n", out);
}

static void html_remark(FILE *out, const Remark *r) {
	fprintf(out, "<tr class=\"st\"><td class=\"ln\"></td><td class=\"code %s\">", tone_class[r->tone]);
	if (r->at_return) fputs("at return: ", out);
	fputs("<span class=\"who\">", out);
	html_str(out, r->who);
	fputs("</span>: ", out);
	html_str(out, r->what);
	fputs("</td></tr>\n", out);
}

static void text_remark(FILE *out, const Remark *r, bool color) {
	fputs("      \xe2\x94\x82 ", out);   /* U+2502, under the snippet's '|' */
	if (r->at_return) fputs("at return: ", out);
	if (color && *tone_ansi[r->tone]) fprintf(out, "%s%s: %s\033[m\n", tone_ansi[r->tone], r->who, r->what);
	else fprintf(out, "%s: %s\n", r->who, r->what);
}

static void write_all(Ex *x, SourceCache *sources, const Vec *diags, ExplainFormat fmt, bool color, FILE *out) {
	const Source *src = source_get(sources, x->path);
	if (fmt == EXPLAIN_HTML) html_begin(x, out);
	else fprintf(out, "%s: In function '%s':\n", x->path, x->f->name);
	Vec remarks;
	vec_init(&remarks, sizeof(Remark));
	int next = 0;
	while (next < x->picks.len && VEC_AT(&x->picks, Pick, next).line < x->first) next++;
	for (int line = x->first; line <= x->last; line++) {
		const char *text = "";
		size_t n = 0;
		if (!source_line(src, line, &text, &n)) text = "", n = 0;
		if (fmt == EXPLAIN_HTML) html_line(out, line, text, n);
		else fprintf(out, "%5d | %.*s\n", line, (int)n, text);
		remarks.len = 0;
		line_remarks(x, &next, line, &remarks);
		diag_remarks(x, diags, line, &remarks);
		for (int i = 0; i < remarks.len; i++) {
			const Remark *r = &VEC_AT(&remarks, Remark, i);
			if (fmt == EXPLAIN_HTML) html_remark(out, r);
			else text_remark(out, r, color);
		}
	}
	vec_free(&remarks);
	if (fmt == EXPLAIN_HTML) fputs("</table>\n</body>\n</html>\n", out);
}

static void ex_free(Ex *x) {
	vec_free(&x->own);
	vec_free(&x->loans);
	vec_free(&x->lpoints);
	vec_free(&x->picks);
	free(x->own_at);
	free(x->loan_at);
	free(x->loan_no);
	free(x->loan_until);
	free(x->branches);
	free(x->line_pick);
}

bool explain_states(Unit *u, const Function *f, SourceCache *sources, const Vec *diags, ExplainFormat fmt,
                    bool color, FILE *out) {
	Ex x;
	memset(&x, 0, sizeof x);
	x.u = u;
	x.f = f;
	vec_init(&x.own, sizeof(OwnPoint));
	vec_init(&x.loans, sizeof(LoanInfo));
	vec_init(&x.lpoints, sizeof(LoanPoint));
	vec_init(&x.picks, sizeof(Pick));
	bool ok = ownership_explain(u, f, &x.own) && loans_explain(u, f, &x.loans, &x.lpoints);
	if (ok) {
		x.file = f->name_range.file;
		x.path = unit_loc(u, f->name_range).file;
		x.first = first_line(source_get(sources, x.path), f->name_range.line);
		x.last = end_line(&f->body_end) > x.first ? end_line(&f->body_end) : x.first;
		index_points(&x);
		number_loans(&x);
		x.branches = xcalloc((size_t)(x.last - x.first + 1), sizeof(bool));
		x.line_pick = xmalloc(sizeof(int) * (size_t)(x.last - x.first + 1));
		for (int i = 0; i <= x.last - x.first; i++) x.line_pick[i] = -1;
		for (int b = 0; b < f->nblocks; b++)
			if (x.own_at[b] >= 0) pick_block(&x, b);   /* what no path reaches has no state */
		if (x.picks.len > 1) qsort(x.picks.data, (size_t)x.picks.len, sizeof(Pick), pick_cmp);   /* no picks: data is NULL, which qsort may not take */
		write_all(&x, sources, diags, fmt, color, out);
	}
	ex_free(&x);
	return ok;
}
