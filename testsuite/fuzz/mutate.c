/*
 * mutate.c - a C-aware mutator for the fuzz target (fuzz_ownck.c).
 *
 * libFuzzer's own mutations flip bytes, and almost every flipped byte makes
 * the input a file clang refuses: ownck then stops after the parse, and the
 * lowering, the analyses and the rules are never reached. Ownership bugs are
 * made of whole statements in the wrong order (a free moved above a use, a
 * line repeated, an assignment lost, a borrow kept across a loop), so four
 * mutations in five here work on the lines of function bodies and on
 * identifiers, and mostly keep the file valid C: repeat, drop, swap or move a
 * statement, wrap it in a branch or a loop, put a statement that frees,
 * moves, reassigns, borrows or returns one of the function's identifiers in
 * front of a line, trade an identifier for another, or an ownck annotation
 * for another. The fifth is libFuzzer's (LLVMFuzzerMutate), for the input
 * clang refuses. There is no cross-over: lines of another file name what this
 * one does not declare.
 *
 * Everything derives from libFuzzer's seed, so a run replays. With
 * OWNCK_FUZZ_BYTES_ONLY set, only libFuzzer's mutations run (to compare how
 * many inputs reach the analyses: fuzz_ownck.c counts them).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);

enum { MAX_LINES = 4096, MAX_IDENTS = 512, IDENT_MAX = 64 };

typedef struct Rng { uint64_t s; } Rng;

static uint32_t next(Rng *r) {
	r->s ^= r->s << 13;
	r->s ^= r->s >> 7;
	r->s ^= r->s << 17;
	return (uint32_t)(r->s >> 16);
}

static size_t below(Rng *r, size_t n) { return n ? next(r) % n : 0; }

/* The input cut at its newlines: line i is [start[i], start[i + 1]), and
 * func[i] is the function body it is inside (-1: none), whose header begins
 * at line fstart[func[i]]. A statement put before such a line is in the body. */
typedef struct Lines {
	size_t start[MAX_LINES + 1];
	int func[MAX_LINES];
	bool fixed[MAX_LINES];    /* has a brace or looks like a declaration (`T x`, `T *x`):
	                             not moved, dropped, repeated or wrapped alone */
	int fstart[MAX_LINES];
	int n, nfuncs;
} Lines;

static void split_lines(const uint8_t *d, size_t size, Lines *l) {
	l->n = 0;
	size_t at = 0;
	while (at < size && l->n < MAX_LINES) {
		l->start[l->n++] = at;
		const uint8_t *nl = memchr(d + at, '\n', size - at);
		at = nl ? (size_t)(nl - d) + 1 : size;
	}
	l->start[l->n] = at;
}

/* Builds the mutant in out (capacity cap) piece by piece; a piece that does
 * not fit makes the whole mutation fail, and the caller falls back. */
typedef struct Out { uint8_t *p; size_t len, cap; bool full; } Out;

static void put(Out *o, const void *s, size_t n) {
	if (o->full || n > o->cap - o->len) { o->full = true; return; }
	memcpy(o->p + o->len, s, n);
	o->len += n;
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void put_line(Out *o, const uint8_t *d, const Lines *l, int i) {
	put(o, d + l->start[i], l->start[i + 1] - l->start[i]);
	if (l->start[i + 1] == l->start[i] || d[l->start[i + 1] - 1] != '\n') put(o, "\n", 1);
}

static bool ident_start(int c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool ident_char(int c) { return ident_start(c) || (c >= '0' && c <= '9'); }

static bool keyword(const char *s, size_t n) {
	static const char *const words[] = {"if", "else", "for", "while", "do", "return", "break", "continue",
	                                    "switch", "case", "default", "goto", "sizeof", "int", "char", "void",
	                                    "long", "short", "unsigned", "signed", "const", "static", "struct",
	                                    "union", "enum", "typedef", "extern", "include", "define", "float",
	                                    "double", "volatile", "inline", "restrict", "NULL"};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (strlen(words[k]) == n && !memcmp(words[k], s, n)) return true;
	return false;
}

/* The identifiers of the input's code (not its comments, strings or
 * preprocessor lines) that are not keywords, with their lines. */
typedef struct Idents { size_t at[MAX_IDENTS]; uint8_t len[MAX_IDENTS]; int line[MAX_IDENTS]; int n; } Idents;

/* The end of the comment, string, character or preprocessor line at d[i],
 * or i when none starts there. */
static size_t skip_noncode(const uint8_t *d, size_t size, size_t i, bool line_start) {
	if (d[i] == '/' && i + 1 < size && d[i + 1] == '/') {
		while (i < size && d[i] != '\n') i++;
	} else if (d[i] == '/' && i + 1 < size && d[i + 1] == '*') {
		for (i += 2; i + 1 < size && !(d[i] == '*' && d[i + 1] == '/'); i++) {}
		i = i + 2 < size ? i + 2 : size;
	} else if (d[i] == '"' || d[i] == '\'') {
		uint8_t q = d[i];
		for (i++; i < size && d[i] != q && d[i] != '\n'; i++)
			if (d[i] == '\\') i++;
		i = i < size ? i + 1 : size;
	} else if (d[i] == '#' && line_start) {
		for (; i < size && d[i] != '\n'; i++)
			if (d[i] == '\\' && i + 1 < size && d[i + 1] == '\n') i++;
	}
	return i;
}

/* Whether a line whose first word is d[i .. j) goes on as a declaration:
 * another word, or stars and a word, after a word that starts no statement. */
static bool looks_declared(const uint8_t *d, size_t size, size_t i, size_t j) {
	static const char *const statements[] = {"return", "if", "else", "while", "for", "do", "goto", "case",
	                                         "switch", "sizeof", "break", "continue", "default"};
	for (size_t k = 0; k < sizeof statements / sizeof *statements; k++)
		if (strlen(statements[k]) == j - i && !memcmp(statements[k], d + i, j - i)) return false;
	while (j < size && (d[j] == ' ' || d[j] == '\t' || d[j] == '*')) j++;
	return j < size && ident_start(d[j]);
}

/* Finds the function bodies (a top-level brace after a `)`) and the identifiers. */
static void scan(const uint8_t *d, size_t size, Lines *l, Idents *ids) {
	ids->n = 0;
	l->nfuncs = 0;
	int depth = 0, func = -1, line = 0, last_paren_line = -1;
	uint8_t last = 0;   /* the last significant character */
	bool line_start = true;
	for (int k = 0; k < l->n; k++) l->func[k] = -1, l->fixed[k] = false;
	for (size_t i = 0; i < size && line < l->n;) {
		if (i == l->start[line]) l->func[line] = depth > 0 ? func : -1;
		size_t end = skip_noncode(d, size, i, line_start);
		if (end != i) {
			for (; i < end; i++)
				if (d[i] == '\n') line++, line_start = true;
			continue;
		}
		uint8_t c = d[i];
		if (c == '\n') {
			line++, line_start = true, i++;
			continue;
		}
		bool first_word = line_start;
		if (c != ' ' && c != '\t') line_start = false;
		if (ident_start(c) && !(i && ident_char(d[i - 1]))) {
			size_t j = i;
			while (j < size && ident_char(d[j])) j++;
			if (first_word && looks_declared(d, size, i, j)) l->fixed[line] = true;
			if (j - i < IDENT_MAX && ids->n < MAX_IDENTS && !keyword((const char *)d + i, j - i)) {
				ids->at[ids->n] = i;
				ids->len[ids->n] = (uint8_t)(j - i);
				ids->line[ids->n++] = line;
			}
			last = 'a', i = j;
			continue;
		}
		if (c == '{' || c == '}') l->fixed[line] = true;
		if (c == '{' && depth++ == 0 && last == ')' && l->nfuncs < MAX_LINES) {
			func = l->nfuncs++;
			l->fstart[func] = last_paren_line;
		}
		if (c == '}' && depth > 0 && --depth == 0) func = -1;
		if (c == ')') last_paren_line = line;
		if (c != ' ' && c != '\t' && c != '\r') last = c;
		i++;
	}
}

/* An identifier of function f seen from line i: one in its lines above i
 * (a parameter or a local declared above, more often than not), or -1. */
static int ident_in_scope(const Lines *l, const Idents *ids, int f, int i, Rng *r) {
	int from = l->fstart[f], lo = 0, hi = ids->n;
	while (lo < hi) {   /* the first identifier at or after line from */
		int mid = (lo + hi) / 2;
		if (ids->line[mid] < from) lo = mid + 1; else hi = mid;
	}
	int n = 0;
	while (lo + n < ids->n && ids->line[lo + n] < i) n++;
	return n ? lo + (int)below(r, (size_t)n) : -1;
}

/* A statement about one identifier of the input, X, and perhaps another, Y:
 * what ownership bugs are made of. */
static const char *const fragments[] = {
	"free(X);", "X = 0;", "X = malloc(16);", "(void)X;", "return X;", "return &X;", "return;", "return 0;",
	"if (X) return 0;", "if (!X) { free(X); }", "Y = X;", "X = Y;", "Y(X);", "Y(&X);", "X = Y(X);",
	"{ void *alias = X; free(alias); }", "{ char *b = (char *)&X; *b = 0; }", "X = realloc(X, 32);",
	"*X = 0;", "X->Y = X;", "X++;", "while (X) X = 0;", "for (int i = 0; i < 2; i++) free(X);",
	"if (Y) goto out;", "out: ;", "break;", "continue;", "X = strdup(\"s\");", "memcpy(X, Y, 1);",
	"Y = &X;", "X = &Y;", "{ int local_; X = &local_; }",
};

/* Writes fragment f with X and Y replaced by identifiers. */
static void put_fragment(Out *o, const char *f, const uint8_t *x, size_t xlen, const uint8_t *y, size_t ylen) {
	for (; *f; f++)
		if (*f == 'X') put(o, x, xlen);
		else if (*f == 'Y') put(o, y, ylen);
		else put(o, f, 1);
	put(o, "\n", 1);
}

static const char *const annotations[] = {"OWNED ", "BORROW ", "BORROW_MUT ", "OUT_OWNED ", "LIFETIME(a) ",
                                          "LIFETIME(b) ", "const ", ""};

/* Trades identifier k for identifier other, or an annotation word for
 * another annotation. */
static void put_with_ident_changed(Out *o, const uint8_t *d, size_t size, const Idents *ids, int k, int other,
                                   Rng *r) {
	size_t at = ids->at[k], len = ids->len[k];
	put(o, d, at);
	const char *w = (const char *)d + at;
	bool annot = (len == 5 && !memcmp(w, "OWNED", 5)) || (len == 6 && !memcmp(w, "BORROW", 6)) ||
	             (len == 10 && !memcmp(w, "BORROW_MUT", 10)) || (len == 9 && !memcmp(w, "OUT_OWNED", 9)) ||
	             (len == 8 && !memcmp(w, "LIFETIME", 8));
	if (annot) {
		if (len == 8) {   /* LIFETIME(x): the whole of it */
			while (at + len < size && d[at + len] != ')' && d[at + len] != '\n') len++;
			if (at + len < size && d[at + len] == ')') len++;
		}
		while (at + len < size && d[at + len] == ' ') len++;
		puts_(o, annotations[below(r, sizeof annotations / sizeof *annotations)]);
	} else {
		put(o, d + ids->at[other], ids->len[other]);
	}
	put(o, d + at + len, size - at - len);
}

/* A line of a function body, at random (not a fixed one when whole says
 * so), or -1 when there is none. */
static int body_line(const Lines *l, bool whole, Rng *r) {
	for (int tries = 0; tries < 64; tries++) {
		int i = (int)below(r, (size_t)l->n);
		if (l->func[i] >= 0 && !(whole && l->fixed[i])) return i;
	}
	return -1;
}

/* Another line of the same body as line i (not a fixed one when whole
 * says so; i itself when there is none). */
static int same_body_line(const Lines *l, int i, bool whole, Rng *r) {
	int lo = i, hi = i;
	while (lo > 0 && l->func[lo - 1] == l->func[i]) lo--;
	while (hi + 1 < l->n && l->func[hi + 1] == l->func[i]) hi++;
	for (int tries = 0; tries < 16; tries++) {
		int j = lo + (int)below(r, (size_t)(hi - lo + 1));
		if (!(whole && l->fixed[j])) return j;
	}
	return i;
}

/* One line-level mutation at line i of a function body (and j, another line
 * of it); false when the input has no function body. */
static bool mutate_lines(Out *o, const uint8_t *d, size_t size, const Lines *l, const Idents *ids, Rng *r) {
	int op = (int)below(r, 9);
	bool whole = op <= 5;   /* the line itself moves, goes or is wrapped */
	int i = body_line(l, whole, r);
	if (i < 0) return false;
	int j = same_body_line(l, i, whole, r), f = l->func[i];
	int id = ident_in_scope(l, ids, f, i, r), other = ident_in_scope(l, ids, f, i, r);
	if (id < 0 && op >= 5) return false;
	if (op == 8) {
		int k = ident_in_scope(l, ids, f, same_body_line(l, i, false, r) + 1, r);
		if (k < 0) return false;
		put_with_ident_changed(o, d, size, ids, k, other, r);
		return true;
	}
	for (int k = 0; k < l->n; k++) {
		switch (op) {
		case 0: put_line(o, d, l, k); if (k == i) put_line(o, d, l, k); break;          /* repeat */
		case 1: if (k != i) put_line(o, d, l, k); break;                                 /* drop */
		case 2:                                                                           /* swap */
			put_line(o, d, l, k == i ? j : k == j ? i : k);
			break;
		case 3: if (k == i) put_line(o, d, l, j); put_line(o, d, l, k); break;           /* copy j above i */
		case 4: if (k != j) put_line(o, d, l, k); if (k == i && i != j) put_line(o, d, l, j); break;   /* move */
		case 5:                                                                           /* wrap */
			if (k == i && below(r, 2)) puts_(o, "for (int n_ = 0; n_ < 3; n_++) {\n");
			else if (k == i) {
				puts_(o, "if (");
				put(o, d + ids->at[other], ids->len[other]);
				puts_(o, ") {\n");
			}
			put_line(o, d, l, k);
			if (k == i) puts_(o, "}\n");
			break;
		case 6:                                                                           /* a statement */
			if (k == i)
				put_fragment(o, fragments[below(r, sizeof fragments / sizeof *fragments)], d + ids->at[id],
				             ids->len[id], d + ids->at[other], ids->len[other]);
			put_line(o, d, l, k);
			break;
		case 7:                                                                           /* a borrow */
			if (k == i) {
				puts_(o, below(r, 2) ? "BORROW_MUT int *ref_ = (int *)&" : "BORROW const void *ref_ = &");
				put(o, d + ids->at[id], ids->len[id]);
				puts_(o, ";\n");
			}
			put_line(o, d, l, k);
			if (k == j && j > i) puts_(o, "(void)*(const char *)ref_;\n");
			break;
		}
	}
	put(o, d + l->start[l->n], size - l->start[l->n]);   /* past MAX_LINES */
	return true;
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed) {
	Rng r = {((uint64_t)seed << 1 | 1) * 0x9e3779b97f4a7c15ULL};
	if (!size || !below(&r, 5) || getenv("OWNCK_FUZZ_BYTES_ONLY")) return LLVMFuzzerMutate(data, size, max_size);
	static Lines lines;      /* big: not on the stack; libFuzzer calls this on one thread */
	static Idents ids;
	static uint8_t buf[1 << 20];
	split_lines(data, size, &lines);
	scan(data, size, &lines, &ids);
	Out o = {buf, 0, max_size < sizeof buf ? max_size : sizeof buf, false};
	if (!mutate_lines(&o, data, size, &lines, &ids, &r) || o.full || !o.len)
		return LLVMFuzzerMutate(data, size, max_size);
	memcpy(data, buf, o.len);
	return o.len;
}
