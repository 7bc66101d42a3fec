/*
 * frontend.c - libclang in, IR out.
 *
 * Parses a file (with ownck.h's directory on the include path, __OWNCK__
 * defined and clang's resource directory set), refuses to analyze a unit with
 * errors, reads annotations and function contracts, and hands each function
 * body to lower.c.
 *
 * libclang 14 has no operator-kind API, so operators are recovered here:
 * assignment structurally (lower.c), everything else from the source text
 * between the operands when that text is really where the operator is
 * written, and inside macro bodies from the operand types narrowed by the
 * operator tokens of the macro definitions involved. What cannot be decided is
 * counted in the stats and treated conservatively, never guessed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>
#include "lower.h"
#include "modelcache.h"
#include "source.h"

struct Model {
	Unit *u;        /* owns the signatures' memory */
	Map sigs;       /* name -> Signature* */
	bool from_cache;   /* the first model's signatures came from cfg->model_cache */
	char cache_miss[320];   /* ... or why not ("" without a cache) */
	double seconds;    /* to load them all */
};

struct Frontend {
	CXIndex index;
	const FrontendConfig *cfg;
	const Model *model;
};

const char *fe_str(Fe *fe, CXString s) {
	const char *c = clang_getCString(s);
	const char *r = arena_strdup(&fe->u->arena, c ? c : "");
	clang_disposeString(s);
	return r;
}

/* Frontend-only strings (macro and token spellings): gone with the TU. */
static const char *scratch_str(Fe *fe, CXString s) {
	const char *c = clang_getCString(s);
	const char *r = arena_strdup(&fe->scratch, c ? c : "");
	clang_disposeString(s);
	return r;
}

/* ---- files and locations ---- */


static void free_files(Fe *fe) {
	for (int i = 0; i < fe->files.len; i++) free(VEC_AT(&fe->files, FileText, i).lines);
	vec_free(&fe->files);
}

static FileText *file_text(Fe *fe, CXFile file) {
	if (!file) return NULL;
	if (fe->last_file >= 0 && fe->last_file < fe->files.len) {
		FileText *ft = &VEC_AT(&fe->files, FileText, fe->last_file);
		if (ft->file == file) return ft;
	}
	for (int i = 0; i < fe->files.len; i++) {
		FileText *ft = &VEC_AT(&fe->files, FileText, i);
		if (ft->file == file || clang_File_isEqual(ft->file, file)) {
			fe->last_file = i;
			return ft;
		}
	}
	FileText *ft = vec_push(&fe->files);
	memset(ft, 0, sizeof *ft);
	ft->file = file;
	ft->buf = clang_getFileContents(fe->tu, file, &ft->size);
	CXString name = clang_getFileName(file);
	ft->id = unit_file_id(fe->u, clang_getCString(name) ? clang_getCString(name) : "<unknown>");
	clang_disposeString(name);
	fe->last_file = fe->files.len - 1;
	return ft;
}

/* A file location's raw encoding is its file's start plus the offset
 * (clang's SourceManager gives each inclusion of a file a range of offsets;
 * macro locations have the top bit set). The start comes from the first
 * file location libclang decodes in the file (`at`, at offset `off`), and is
 * used only when libclang agrees at both ends of the file: that inclusion
 * is decoded directly, anything else by libclang. (clang_getLocationForOffset
 * would name the start too, but it first lists the macro arguments of the
 * whole file: 18 million instructions for sqlite3.c.) */
static void direct_setup(FileText *ft, CXSourceLocation at, unsigned off) {
	ft->tried = true;
	if (!ft->buf || ft->size >= (1u << 30) || (at.int_data & (1u << 31)) || off > at.int_data) return;
	CXSourceLocation a = {{at.ptr_data[0], at.ptr_data[1]}, at.int_data - off};
	CXSourceLocation b = {{at.ptr_data[0], at.ptr_data[1]}, a.int_data + (unsigned)ft->size};
	if (b.int_data < a.int_data || (b.int_data & (1u << 31))) return;
	CXFile fa, fb;
	unsigned oa, ob;
	clang_getFileLocation(a, &fa, NULL, NULL, &oa);
	clang_getFileLocation(b, &fb, NULL, NULL, &ob);
	if (oa != 0 || ob != ft->size || !clang_File_isEqual(fa, ft->file) || !clang_File_isEqual(fb, ft->file)) return;
	ft->base = a.int_data;
	ft->sm = a.ptr_data[0];
	ft->lines = source_line_starts(ft->buf, ft->size, &ft->nlines);
	ft->direct = true;
}

/* The index of the line holding offset o (0-based). */
static int line_index(FileText *ft, unsigned o) {
	int k = ft->last_line;   /* locations come in nearby runs */
	if (k >= ft->nlines || (unsigned)ft->lines[k] > o || (k + 1 < ft->nlines && (unsigned)ft->lines[k + 1] <= o)) {
		int lo = 0, hi = ft->nlines - 1;
		if (k < ft->nlines) {   /* gallop out from the last answer: nearby lines cost a few steps */
			int step = 1;
			if ((unsigned)ft->lines[k] > o) {
				while (k - step > 0 && (unsigned)ft->lines[k - step] > o) step *= 2;
				lo = k - step > 0 ? k - step : 0;
				hi = k - step / 2 - 1 >= lo ? k - step / 2 - 1 : lo;
			} else {
				while (k + step < ft->nlines && (unsigned)ft->lines[k + step] <= o) step *= 2;
				lo = k + step / 2;
				hi = k + step < ft->nlines ? k + step - 1 : ft->nlines - 1;
			}
		}
		while (lo < hi) {   /* the last line starting at or before o */
			int mid = lo + (hi - lo + 1) / 2;
			if ((unsigned)ft->lines[mid] <= o) lo = mid;
			else hi = mid - 1;
		}
		k = ft->last_line = lo;
	}
	return k;
}

/* Whether raw (of the SourceManager sm) is a location in ft that ownck decodes itself. */
static bool direct_in(const FileText *ft, const void *sm, unsigned raw) {
	return ft->direct && sm == ft->sm && raw >= ft->base && raw - ft->base <= ft->size;
}

static bool direct_decode(FileText *ft, CXSourceLocation l, unsigned *line, unsigned *col, unsigned *off) {
	if (!direct_in(ft, l.ptr_data[0], l.int_data)) return false;
	unsigned o = l.int_data - ft->base;
	*off = o;
	if (!line) return true;   /* only the offset wanted */
	int k = line_index(ft, o);
	*line = (unsigned)k + 1;
	*col = o - (unsigned)ft->lines[k] + 1;
	return true;
}

static FileText *loc_file(Fe *fe, CXSourceLocation l, unsigned *line, unsigned *col, unsigned *off) {
	if (!(l.int_data & (1u << 31))) {
		if (fe->last_file >= 0 && direct_decode(&VEC_AT(&fe->files, FileText, fe->last_file), l, line, col, off))
			return &VEC_AT(&fe->files, FileText, fe->last_file);
		if (fe->files.len && direct_decode(&VEC_AT(&fe->files, FileText, 0), l, line, col, off)) {
			fe->last_file = 0;
			return &VEC_AT(&fe->files, FileText, 0);
		}
	}
	enum { N = sizeof fe->loc_memo / sizeof fe->loc_memo[0] };
	struct LocMemo *m = &fe->loc_memo[(l.int_data ^ (l.int_data >> 10)) % N];
	if (m->raw != l.int_data || m->ptr[0] != l.ptr_data[0] || m->ptr[1] != l.ptr_data[1]) {
		clang_getFileLocation(l, &m->file, &m->line, &m->col, &m->off);
		m->raw = l.int_data;
		m->ptr[0] = l.ptr_data[0];
		m->ptr[1] = l.ptr_data[1];
	}
	if (line) *line = m->line;
	if (col) *col = m->col;
	*off = m->off;
	FileText *ft = file_text(fe, m->file);
	if (ft && !ft->tried && !(l.int_data & (1u << 31))) direct_setup(ft, l, m->off);
	return ft;
}

/* fe_range of a range whose two ends lie in the file decoded last, as
 * loc_file would decode them, without its plumbing (most ranges): false
 * for any other. */
static bool direct_range(Fe *fe, CXSourceRange r, SrcRange *s) {
	if (fe->last_file < 0) return false;
	FileText *ft = &VEC_AT(&fe->files, FileText, fe->last_file);
	unsigned b = r.begin_int_data, e = r.end_int_data;
	if (!direct_in(ft, r.ptr_data[0], b) || !direct_in(ft, r.ptr_data[0], e)) return false;
	unsigned o1 = b - ft->base, o2 = e - ft->base;
	int k = line_index(ft, o1);
	s->file = ft->id;
	s->line = k + 1;
	s->col = (int)(o1 - (unsigned)ft->lines[k]) + 1;
	int k2 = k;   /* the end is on that line or a few below */
	while (k2 + 1 < ft->nlines && (unsigned)ft->lines[k2 + 1] <= o2) k2++;
	int c2 = (int)(o2 - (unsigned)ft->lines[k2]) + 1;
	if (o2 >= o1 && (k2 > k || c2 > s->col)) {
		s->end_line = k2 + 1;
		s->end_col = c2;
	} else {
		s->end_line = s->line;
		s->end_col = s->col + 1;
	}
	return true;
}

SrcRange fe_range(Fe *fe, CXSourceRange r) {
	SrcRange s = {-1, 0, 0, 0, 0};
	if (direct_range(fe, r, &s)) return s;
	unsigned l1, c1, o1, l2, c2, o2;
	FileText *f1 = loc_file(fe, clang_getRangeStart(r), &l1, &c1, &o1);
	if (!f1) return s;
	FileText *f2 = loc_file(fe, clang_getRangeEnd(r), &l2, &c2, &o2);
	s.file = f1->id;
	s.line = (int)l1;
	s.col = (int)c1;
	if (f2 == f1 && (l2 > l1 || (l2 == l1 && c2 > c1))) {
		s.end_line = (int)l2;
		s.end_col = (int)c2;
	} else {
		s.end_line = (int)l1;
		s.end_col = (int)c1 + 1;
	}
	return s;
}

static CXSourceRange cursor_extent(Fe *fe, CXCursor c);

static struct ExtentMemo *extent_memo(Fe *fe, CXCursor c) {
	/* a cursor is its kind and data[0..1] (for an expression: the enclosing
	 * declaration and the node; for a declaration: the node and a flag) */
	uintptr_t h = ((uintptr_t)c.data[0] ^ (uintptr_t)c.data[1] * 31) >> 4;
	struct ExtentMemo *m = &fe->extent_memo[(h ^ (h >> 8) ^ (unsigned)c.kind) & 255];
	if (m->node[0] == c.data[0] && m->node[1] == c.data[1] && m->kind == (int)c.kind && c.data[0]) return m;
	m->node[0] = c.data[0];
	m->node[1] = c.data[1];
	m->kind = (int)c.kind;
	m->resolved = false;
	m->raw = cursor_extent(fe, c);
	return m;
}

/* A cursor's extent (cursor_extent: worked out, or asked of libclang),
 * remembered: lowering and operator recovery ask for the same expression's
 * several times. */
static CXSourceRange raw_extent(Fe *fe, CXCursor c) { return extent_memo(fe, c)->raw; }

SrcRange fe_extent(Fe *fe, CXCursor c) {
	struct ExtentMemo *m = extent_memo(fe, c);
	if (!m->resolved) {
		m->r = fe_range(fe, m->raw);
		m->resolved = true;
	}
	return m->r;
}

SrcRange fe_name_range(Fe *fe, CXCursor decl, const char *known) {
	SrcRange s = {-1, 0, 0, 0, 0};
	unsigned l, c, o;
	FileText *f = loc_file(fe, clang_getCursorLocation(decl), &l, &c, &o);
	if (!f) return s;
	CXString spelled = {0};
	if (!known) spelled = clang_getCursorSpelling(decl);
	const char *name = known ? known : clang_getCString(spelled);
	size_t n = strlen(name);
	s.file = f->id;
	s.line = s.end_line = (int)l;
	s.col = (int)c;
	s.end_col = (int)(c + (n ? n : 1));
	/* inside a macro expansion the name is not spelled at the location */
	if (f->buf && o + n <= f->size && n && strncmp(f->buf + o, name, n) != 0) s.end_col = (int)c + 1;
	if (!known) clang_disposeString(spelled);
	return s;
}

bool fe_in_system_header(CXCursor c) {
	return clang_Location_isInSystemHeader(clang_getCursorLocation(c)) != 0;
}

bool fe_in_main_file(CXCursor c) {
	return clang_Location_isFromMainFile(clang_getCursorLocation(c)) != 0;
}

/* ---- types ---- */

/* clang_getCanonicalType(t).kind without asking, where t is no sugar: a
 * pointer, builtin, record, enum, array or function type is its own
 * canonical kind (its parts may be sugar; the kind is not). Lowering asks
 * this of nearly every expression. */
enum CXTypeKind fe_type_kind(CXType t) {
	switch (t.kind) {
	case CXType_Pointer:
	case CXType_Record:
	case CXType_Enum:
	case CXType_ConstantArray:
	case CXType_IncompleteArray:
	case CXType_VariableArray:
	case CXType_FunctionProto:
	case CXType_FunctionNoProto:
		return t.kind;
	default:
		if (t.kind >= CXType_FirstBuiltin && t.kind <= CXType_LastBuiltin) return t.kind;
		return clang_getCanonicalType(t).kind;
	}
}

/* t without its sugar (typedefs, elaborated names): the canonical type,
 * asked only of a type that is sugar (fe_type_kind's kinds are not). */
static CXType strip_type(CXType t) {
	return fe_type_kind(t) == t.kind && t.kind != CXType_Unexposed ? t : clang_getCanonicalType(t);
}

bool fe_type_is_pointer(CXType t) {
	return fe_type_kind(t) == CXType_Pointer;
}

bool fe_type_is_ptr_to_ptr(CXType t) {
	t = strip_type(t);
	return t.kind == CXType_Pointer && strip_type(clang_getPointeeType(t)).kind == CXType_Pointer;
}

static bool is_array_kind(enum CXTypeKind k) {
	return k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray;
}

/* A parameter declared as an array (char buf[4], char *argv[]) is a pointer
 * to its element (C11 6.7.6.3p7), but libclang gives the parameter, and the
 * expressions that name it, the array type as written. */
bool fe_param_is_pointer(CXType t) {
	enum CXTypeKind k = fe_type_kind(t);
	return k == CXType_Pointer || is_array_kind(k);
}

bool fe_param_is_ptr_to_ptr(CXType t) {
	CXType st = strip_type(t);
	if (!is_array_kind(st.kind)) return fe_type_is_ptr_to_ptr(t);
	return strip_type(clang_getArrayElementType(st)).kind == CXType_Pointer;
}

/* What a pointer parameter points to: the pointee, or an array parameter's element. */
static CXType param_pointee(CXType t) {
	CXType st = strip_type(t);
	return is_array_kind(st.kind) ? clang_getArrayElementType(st) : clang_getPointeeType(st);
}

/* A struct or union type declared in a system header (FILE, DIR, struct tm). */
static bool system_record(CXType t) {
	CXType c = clang_getCanonicalType(t);
	return c.kind == CXType_Record && fe_in_system_header(clang_getTypeDeclaration(c));
}

/* ---- annotations ---- */

typedef struct AnnotScan {
	Fe *fe;
	Vec uses;          /* AnnotUse */
	Vec released_by;   /* const char *: ownck::released_by:NAME (models) */
} AnnotScan;

static enum CXChildVisitResult scan_annot(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	AnnotScan *s = data;
	if (clang_getCursorKind(c) != CXCursor_AnnotateAttr) return CXChildVisit_Continue;
	CXString sp = clang_getCursorSpelling(c);
	const char *a = clang_getCString(sp);
	AnnotUse u = {MODE_NONE, NULL, {-1, 0, 0, 0, 0}};
	bool ours = true;
	if (!strcmp(a, "ownck::owned")) u.mode = MODE_OWNED;
	else if (!strcmp(a, "ownck::borrow")) u.mode = MODE_BORROW;
	else if (!strcmp(a, "ownck::borrow_mut")) u.mode = MODE_BORROW_MUT;
	else if (!strcmp(a, "ownck::out_owned")) u.mode = MODE_OUT_OWNED;
	else if (!strncmp(a, "ownck::lifetime:", 16)) u.lifetime = arena_strdup(&s->fe->u->arena, a + 16);
	else if (!strncmp(a, "ownck::released_by:", 19)) {
		if (s->released_by.elem)
			*(const char **)vec_push(&s->released_by) = arena_strdup(&s->fe->u->arena, a + 19);
		ours = false;
	} else ours = false;
	clang_disposeString(sp);
	if (ours) {
		u.at = fe_extent(s->fe, c);
		*(AnnotUse *)vec_push(&s->uses) = u;
	}
	return CXChildVisit_Continue;
}

/* The annotation a typedef chain gives a type: the first typedef that carries one. */
static Annot type_annot(Fe *fe, CXType t) {
	Annot a = {0};
	for (int depth = 0; depth < 32; depth++) {
		if (t.kind == CXType_Elaborated) { t = clang_Type_getNamedType(t); continue; }
		if (t.kind != CXType_Typedef) break;
		CXCursor td = clang_getTypeDeclaration(t);
		AnnotScan s = {fe, {0}, {0}};
		vec_init(&s.uses, sizeof(AnnotUse));
		if (clang_Cursor_hasAttrs(td)) clang_visitChildren(td, scan_annot, &s);
		for (int i = 0; i < s.uses.len; i++) {
			AnnotUse *u = &VEC_AT(&s.uses, AnnotUse, i);
			if (u->mode != MODE_NONE && a.mode == MODE_NONE) a.mode = u->mode;
			if (u->lifetime && !a.lifetime) a.lifetime = u->lifetime;
		}
		vec_free(&s.uses);
		if (a.mode != MODE_NONE) return a;
		t = clang_getTypedefDeclUnderlyingType(td);
	}
	return a;
}

static AnnotDecl *record_decl(Fe *fe, CXCursor decl, DeclKind kind, AnnotScan *s, Mode tmode, CXType t) {
	AnnotDecl *d = vec_push(&fe->u->annot_decls);
	d->kind = kind;
	d->name = fe_str(fe, clang_getCursorSpelling(decl));
	d->type = fe_str(fe, clang_getTypeSpelling(t));
	d->at = fe_name_range(fe, decl, d->name);
	d->is_pointer = kind == DK_PARAM ? fe_param_is_pointer(t) : fe_type_is_pointer(t);
	d->is_ptr_to_ptr = kind == DK_PARAM ? fe_param_is_ptr_to_ptr(t) : fe_type_is_ptr_to_ptr(t);
	d->nuses = s->uses.len;
	d->uses = arena_memdup(&fe->u->arena, s->uses.data, sizeof(AnnotUse) * (size_t)s->uses.len);
	d->typedef_mode = tmode;
	return d;
}

/* *recorded: the index of the AnnotDecl recorded for it, or -1 (an index:
 * recording more declarations may move the vector). */
static Annot decl_annot(Fe *fe, CXCursor decl, DeclKind kind, bool record, int *recorded) {
	AnnotScan s = {fe, {0}, {0}};
	vec_init(&s.uses, sizeof(AnnotUse));
	vec_init(&s.released_by, sizeof(const char *));
	/* annotations are attributes: a declaration without any has none
	 * (visiting a function's children costs as much as lowering a statement) */
	if (clang_Cursor_hasAttrs(decl)) clang_visitChildren(decl, scan_annot, &s);
	CXType t = kind == DK_FUNCTION ? clang_getCursorResultType(decl)
	         : kind == DK_TYPEDEF ? clang_getTypedefDeclUnderlyingType(decl)
	         : clang_getCursorType(decl);
	Annot ta = type_annot(fe, t);
	Annot a = {0};
	for (int i = 0; i < s.uses.len; i++) {
		AnnotUse *u = &VEC_AT(&s.uses, AnnotUse, i);
		if (u->mode != MODE_NONE && a.mode == MODE_NONE) a.mode = u->mode;
		if (u->lifetime && !a.lifetime) a.lifetime = u->lifetime;
	}
	if (a.mode == MODE_NONE) a.mode = ta.mode;
	if (!a.lifetime) a.lifetime = ta.lifetime;
	if (s.released_by.len) {
		a.nreleased_by = s.released_by.len;
		a.released_by = arena_memdup(&fe->u->arena, s.released_by.data, sizeof(char *) * (size_t)s.released_by.len);
	}
	vec_free(&s.released_by);
	if (recorded) *recorded = -1;
	if (record && s.uses.len > 0) {
		record_decl(fe, decl, kind, &s, ta.mode, t);
		if (recorded) *recorded = fe->u->annot_decls.len - 1;
	}
	vec_free(&s.uses);
	return a;
}

Annot fe_decl_annot(Fe *fe, CXCursor decl, DeclKind kind, bool record) {
	return decl_annot(fe, decl, kind, record, NULL);
}

/* ---- function contracts ---- */

static bool text_has(Fe *fe, CXSourceRange r, const char *const *words) {
	unsigned l, c, o1, o2;
	FileText *f = loc_file(fe, clang_getRangeStart(r), &l, &c, &o1);
	FileText *f2 = loc_file(fe, clang_getRangeEnd(r), &l, &c, &o2);
	if (!f || f != f2 || !f->buf || o2 <= o1 || o2 > f->size || o2 - o1 > 256) return false;
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		for (unsigned i = o1; i + n <= o2; i++)
			if (!memcmp(f->buf + i, *w, n)) return true;
	}
	return false;
}

typedef struct NoretScan { Fe *fe; bool found; } NoretScan;

static enum CXChildVisitResult scan_noreturn(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	static const char *const words[] = {"noreturn", "Noreturn", NULL};
	NoretScan *s = data;
	/* libclang lists a declaration's attributes before its other children:
	 * the first that is none ends the scan (a definition's parameters and
	 * body were visited for nothing, a third of the signatures' time) */
	if (!clang_isAttribute(clang_getCursorKind(c))) return CXChildVisit_Break;
	if (text_has(s->fe, clang_getCursorExtent(c), words)) s->found = true;
	return CXChildVisit_Continue;
}

static bool decl_noreturn(Fe *fe, CXCursor decl) {
	/* GNU's noreturn is a type attribute: spelled with the function type,
	 * or under the typedef it was declared through (fatal_fn die;) */
	CXType t = clang_getCanonicalType(clang_getCursorType(decl));
	/* spelled once per canonical type (the attribute is part of it):
	 * declarations share types, and a spelling costs 3,000 instructions */
	int known = t.data[0] ? ptrmap_get(&fe->noreturn_types, t.data[0]) : -1;
	if (known < 0) {
		CXString ts = clang_getTypeSpelling(t);
		known = strstr(clang_getCString(ts), "noreturn") != NULL;
		clang_disposeString(ts);
		if (t.data[0]) ptrmap_put(&fe->noreturn_types, t.data[0], known);
	}
	if (known) return true;
	NoretScan s = {fe, false};
	if (clang_Cursor_hasAttrs(decl)) clang_visitChildren(decl, scan_noreturn, &s);
	return s.found;
}

typedef struct BorrowerScan { Fe *fe; Signature *s; } BorrowerScan;

static enum CXVisitorResult borrower_field(CXCursor c, CXClientData data) {
	BorrowerScan *b = data;
	Annot a = fe_decl_annot(b->fe, c, DK_FIELD, false);
	if (a.mode == MODE_BORROW || a.mode == MODE_BORROW_MUT) {
		b->s->ret_borrower = true;
		if (a.lifetime && !b->s->ret_borrower_lt) b->s->ret_borrower_lt = a.lifetime;
	}
	return CXVisit_Continue;
}

/* A struct returned by value that holds a borrow makes the caller's copy a
 * borrower of the argument it came from (struct iter it = iter_new(&list)). */
static void borrower_fields(Fe *fe, CXType t, Signature *s) {
	CXType ct = strip_type(t);
	if (ct.kind != CXType_Record) return;
	BorrowerScan b = {fe, s};
	clang_Type_visitFields(ct, borrower_field, &b);
}

static enum CXChildVisitResult find_returned(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	if (clang_getCursorKind(c) != CXCursor_AnnotateAttr) return CXChildVisit_Continue;
	CXString sp = clang_getCursorSpelling(c);
	if (!strcmp(clang_getCString(sp), "ownck::returned")) *(bool *)data = true;
	clang_disposeString(sp);
	return CXChildVisit_Continue;
}

/* RETURNS_ARG, a model-only annotation on a parameter: the function returns
 * that argument (memcpy's dest, realpath's resolved_path when given). */
static bool returned_param(CXCursor param) {
	bool found = false;
	clang_visitChildren(param, find_returned, &found);
	return found;
}

static Signature *signature_of(Fe *fe, CXCursor decl, bool is_model, bool record) {
	Arena *a = &fe->u->arena;
	Signature *s = ARENA_NEW(a, Signature);
	s->name = fe_str(fe, clang_getCursorSpelling(decl));
	int rd;
	s->ret = decl_annot(fe, decl, DK_FUNCTION, record, &rd);
	s->ret_pointer = fe_type_is_pointer(clang_getCursorResultType(decl));
	int n = clang_Cursor_getNumArguments(decl);
	s->nparams = n > 0 ? n : 0;
	s->params = ARENA_ARRAY(a, Param, s->nparams);
	bool annotated = s->ret.mode != MODE_NONE || s->ret.lifetime;
	Vec lts;
	vec_init(&lts, sizeof(const char *));
	for (int i = 0; i < s->nparams; i++) {
		CXCursor p = clang_Cursor_getArgument(decl, (unsigned)i);
		Param *pp = &s->params[i];
		pp->name = fe_str(fe, clang_getCursorSpelling(p));
		pp->annot = fe_decl_annot(fe, p, DK_PARAM, record);
		CXType t = clang_getCursorType(p);
		if (fe_param_is_pointer(t)) {
			pp->flags |= PF_POINTER;
			if (fe_param_is_ptr_to_ptr(t)) pp->flags |= PF_PTR_TO_PTR;
			if (clang_isRestrictQualifiedType(t)) pp->flags |= PF_RESTRICT;
			CXType pt = param_pointee(t);
			if (clang_isConstQualifiedType(pt)) pp->flags |= PF_CONST_POINTEE;
			else if (system_record(pt)) pp->flags |= PF_SYSTEM_OBJECT;
		}
		if (is_model && pp->annot.mode == MODE_OWNED) pp->flags |= PF_RELEASES;
		if (is_model && returned_param(p)) pp->flags |= PF_RETURNED;
		if (pp->annot.mode != MODE_NONE || pp->annot.lifetime) annotated = true;
		if (pp->annot.lifetime) *(const char **)vec_push(&lts) = pp->annot.lifetime;
	}
	if (rd >= 0) {
		AnnotDecl *d = &VEC_AT(&fe->u->annot_decls, AnnotDecl, rd);
		for (int i = 0; i < s->nparams; i++)
			d->nborrow_params += s->params[i].annot.mode == MODE_BORROW || s->params[i].annot.mode == MODE_BORROW_MUT;
		d->is_definition = clang_isCursorDefinition(decl) != 0;
		d->nparam_lifetimes = lts.len;
		d->param_lifetimes = arena_memdup(a, lts.data, sizeof(const char *) * (size_t)lts.len);
	}
	vec_free(&lts);
	borrower_fields(fe, clang_getCursorResultType(decl), s);
	s->variadic = clang_isFunctionTypeVariadic(clang_getCursorType(decl)) != 0;
	s->noreturn = decl_noreturn(fe, decl);
	s->from_model = is_model;
	s->system = is_model || fe_in_system_header(decl);
	s->annotated = annotated;
	s->realloc_like = is_model && (!strcmp(s->name, "realloc") || !strcmp(s->name, "reallocarray"));
	/* built-in: these allocate only when asked to (a NULL buffer) */
	s->owned_if_null = !is_model ? -1 : !strcmp(s->name, "realpath") ? 1 : !strcmp(s->name, "getcwd") ? 0 : -1;
	return s;
}

/* A later annotated declaration fills in what an earlier one left blank. */
static void merge_signature(Signature *into, const Signature *from) {
	if (into->ret.mode == MODE_NONE) into->ret.mode = from->ret.mode;
	if (!into->ret.lifetime) into->ret.lifetime = from->ret.lifetime;
	for (int i = 0; i < into->nparams && i < from->nparams; i++) {
		if (into->params[i].annot.mode == MODE_NONE) into->params[i].annot.mode = from->params[i].annot.mode;
		if (!into->params[i].annot.lifetime) into->params[i].annot.lifetime = from->params[i].annot.lifetime;
		if (!*into->params[i].name) into->params[i].name = from->params[i].name;
	}
	into->noreturn |= from->noreturn;
}

static const Signature *callee_signature_by_name(Fe *fe, CXCursor decl) {
	CXString ns = clang_getCursorSpelling(decl);
	const char *name = clang_getCString(ns);
	Signature *s = map_get(&fe->user_sigs, name);
	if (!s && fe->model) s = map_get(&fe->model->sigs, name);
	if (!s) s = map_get(&fe->plain_sigs, name);
	if (!s) {
		int read = ptrmap_get(&fe->decl_sigs, decl.data[0]);   /* read with the unit's declarations */
		s = read >= 0 ? VEC_AT(&fe->decl_sig_list, Signature *, read) : signature_of(fe, decl, false, false);
		map_put(&fe->plain_sigs, s->name, s);
	}
	clang_disposeString(ns);
	return s;
}

/* By declaration first: a big file calls the same few hundred functions
 * tens of thousands of times, and a name costs a spelling and three lookups.
 * (Lowering runs after the unit's declarations are read: what a name
 * finds no longer changes.) */
const Signature *fe_callee_signature(Fe *fe, CXCursor decl) {
	int known = ptrmap_get(&fe->callee_sigs, decl.data[0]);
	if (known >= 0) return VEC_AT(&fe->callee_sig_list, const Signature *, known);
	const Signature *s = callee_signature_by_name(fe, decl);
	*(const Signature **)vec_push(&fe->callee_sig_list) = s;
	ptrmap_put(&fe->callee_sigs, decl.data[0], fe->callee_sig_list.len - 1);
	return s;
}

/* A call through a global function pointer that a model declares as a
 * function of the same name (curl's `Curl_cmalloc`, which its malloc macro
 * calls): that signature, or NULL. A model is the only place such a name can
 * get one: the unit's own code has only the variable. */
const Signature *fe_hook_signature(Fe *fe, CXCursor var) {
	if (!fe->model || clang_getCursorKind(var) != CXCursor_VarDecl) return NULL;
	enum CXLinkageKind link = clang_getCursorLinkage(var);   /* a global, static or not; no local */
	if (link != CXLinkage_External && link != CXLinkage_Internal) return NULL;
	CXString ns = clang_getCursorSpelling(var);
	const Signature *s = map_get(&fe->model->sigs, clang_getCString(ns));
	clang_disposeString(ns);
	return s;
}

/* ---- reading the whole unit's declarations ---- */

static void record_fields(Fe *fe, CXCursor rec);

static enum CXChildVisitResult field_visitor(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	Fe *fe = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_FieldDecl) fe_decl_annot(fe, c, DK_FIELD, true);
	else if (k == CXCursor_StructDecl || k == CXCursor_UnionDecl) record_fields(fe, c);
	return CXChildVisit_Continue;
}

static void record_fields(Fe *fe, CXCursor rec) {
	clang_visitChildren(rec, field_visitor, fe);
}

typedef struct TopScan {
	Fe *fe;
	Vec bodies;     /* CXCursor: function definitions in the main file */
} TopScan;

static void note_function(TopScan *ts, CXCursor c) {
	Fe *fe = ts->fe;
	bool user = !fe_in_system_header(c);
	if (!user) return;
	Signature *s = signature_of(fe, c, false, true);
	*(Signature **)vec_push(&fe->decl_sig_list) = s;
	ptrmap_put(&fe->decl_sigs, c.data[0], fe->decl_sig_list.len - 1);
	if (s->annotated) {
		Signature *old = map_get(&fe->user_sigs, s->name);
		if (old) merge_signature(old, s);
		else map_put(&fe->user_sigs, s->name, s);
		/* Redeclaring a library function changes its annotations, not what it
		 * does: free stays a release even when the user writes OWNED on it. */
		const Signature *lib = fe->model ? map_get(&fe->model->sigs, s->name) : NULL;
		Signature *mine = old ? old : s;
		if (lib) {
			mine->realloc_like = lib->realloc_like;
			mine->owned_if_null = lib->owned_if_null;
			if (!mine->ret.nreleased_by) {
				mine->ret.nreleased_by = lib->ret.nreleased_by;
				mine->ret.released_by = lib->ret.released_by;
			}
			for (int i = 0; i < mine->nparams && i < lib->nparams; i++)
				if (mine->params[i].annot.mode == MODE_OWNED && (lib->params[i].flags & PF_RELEASES))
					mine->params[i].flags |= PF_RELEASES;
		}
	}
	/* bodies in the file and in the non-system headers it includes (interfaces.md);
	 * a header's finding reached from several files is reported once (diag.c) */
	if (clang_isCursorDefinition(c)) {
		map_put(&fe->defined, s->name, s);
		*(CXCursor *)vec_push(&ts->bodies) = c;
	}
}

static enum CXChildVisitResult top_visitor(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	TopScan *ts = data;
	switch (clang_getCursorKind(c)) {
	case CXCursor_FunctionDecl:
		note_function(ts, c);
		break;
	case CXCursor_VarDecl:
		if (!fe_in_system_header(c)) fe_decl_annot(ts->fe, c, DK_GLOBAL, true);
		break;
	case CXCursor_TypedefDecl:
		if (!fe_in_system_header(c)) {
			fe_decl_annot(ts->fe, c, DK_TYPEDEF, true);
			clang_visitChildren(c, field_visitor, ts->fe);
		}
		break;
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
		if (!fe_in_system_header(c)) record_fields(ts->fe, c);
		break;
	default:
		break;
	}
	return CXChildVisit_Continue;
}

/* ---- operator recovery ---- */

static size_t skip_space(const char *b, size_t n, size_t i) {
	while (i < n) {
		char c = b[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') i++;
		else if (c == '\\' && i + 1 < n && (b[i + 1] == '\n' || b[i + 1] == '\r')) i += 2;
		else if (c == '/' && i + 1 < n && b[i + 1] == '*') {
			const char *e = NULL;
			for (size_t j = i + 2; j + 1 < n; j++)
				if (b[j] == '*' && b[j + 1] == '/') { e = b + j; break; }
			if (!e) return n;
			i = (size_t)(e - b) + 2;
		} else if (c == '/' && i + 1 < n && b[i + 1] == '/') {
			while (i < n && b[i] != '\n') i++;
		} else break;
	}
	return i;
}

typedef struct Punct { const char *s; OpKind bin; OpKind un; } Punct;

/* Longest first. */
static const Punct puncts[] = {
	{"<<=", OPK_OTHER_ASSIGN, OPK_UNKNOWN}, {">>=", OPK_OTHER_ASSIGN, OPK_UNKNOWN},
	{"++", OPK_UNKNOWN, OPK_PREINC}, {"--", OPK_UNKNOWN, OPK_PREDEC},
	{"&&", OPK_LAND, OPK_UNKNOWN}, {"||", OPK_LOR, OPK_UNKNOWN},
	{"==", OPK_EQ, OPK_UNKNOWN}, {"!=", OPK_NE, OPK_UNKNOWN},
	{"<=", OPK_LE, OPK_UNKNOWN}, {">=", OPK_GE, OPK_UNKNOWN},
	{"<<", OPK_SHL, OPK_UNKNOWN}, {">>", OPK_SHR, OPK_UNKNOWN},
	{"+=", OPK_ADD_ASSIGN, OPK_UNKNOWN}, {"-=", OPK_SUB_ASSIGN, OPK_UNKNOWN},
	{"*=", OPK_OTHER_ASSIGN, OPK_UNKNOWN}, {"/=", OPK_OTHER_ASSIGN, OPK_UNKNOWN},
	{"%=", OPK_OTHER_ASSIGN, OPK_UNKNOWN}, {"&=", OPK_OTHER_ASSIGN, OPK_UNKNOWN},
	{"|=", OPK_OTHER_ASSIGN, OPK_UNKNOWN}, {"^=", OPK_OTHER_ASSIGN, OPK_UNKNOWN},
	{"->", OPK_UNKNOWN, OPK_UNKNOWN},
	{"=", OPK_ASSIGN, OPK_UNKNOWN}, {",", OPK_COMMA, OPK_UNKNOWN},
	{"<", OPK_LT, OPK_UNKNOWN}, {">", OPK_GT, OPK_UNKNOWN},
	{"+", OPK_ADD, OPK_PLUS}, {"-", OPK_SUB, OPK_NEG}, {"*", OPK_MUL, OPK_DEREF},
	{"/", OPK_DIV, OPK_UNKNOWN}, {"%", OPK_MOD, OPK_UNKNOWN},
	{"&", OPK_AND, OPK_ADDR}, {"|", OPK_OR, OPK_UNKNOWN}, {"^", OPK_XOR, OPK_UNKNOWN},
	{"!", OPK_UNKNOWN, OPK_NOT}, {"~", OPK_UNKNOWN, OPK_BITNOT},
	{NULL, OPK_UNKNOWN, OPK_UNKNOWN},
};

static const Punct *lex_punct(const char *b, size_t n, size_t i) {
	if (i >= n) return NULL;
	for (const Punct *p = puncts; p->s; p++) {
		if (p->s[0] != b[i]) continue;   /* most entries differ at once */
		size_t l = strlen(p->s);
		if (i + l <= n && !memcmp(b + i, p->s, l)) return p;
	}
	return NULL;
}

/* File position of a location, and whether it lies inside a macro expansion
 * (then the file position is a macro argument's spelling, or the expansion). */
typedef struct Pos { FileText *f; unsigned off; bool macro; } Pos;

/* clang_getExpansionLocation's file and offset, remembered: operator
 * recovery asks for the same macro locations again (a + b + c starts where
 * a + b does). */
static CXFile expansion_of(Fe *fe, CXSourceLocation l, unsigned *off) {
	enum { N = sizeof fe->exp_memo / sizeof fe->exp_memo[0] };
	struct ExpMemo *m = &fe->exp_memo[(l.int_data ^ (l.int_data >> 8)) % N];
	if (m->raw != l.int_data || m->ptr[0] != l.ptr_data[0] || m->ptr[1] != l.ptr_data[1] || !m->ptr[0]) {
		clang_getExpansionLocation(l, &m->file, NULL, NULL, &m->off);
		m->raw = l.int_data;
		m->ptr[0] = l.ptr_data[0];
		m->ptr[1] = l.ptr_data[1];
	}
	*off = m->off;
	return m->file;
}

static Pos pos_of(Fe *fe, CXSourceLocation l) {
	Pos p;
	unsigned eoff;
	p.f = loc_file(fe, l, NULL, NULL, &p.off);
	if (!(l.int_data & (1u << 31))) {   /* a file location is its own expansion */
		p.macro = !p.f;
		return p;
	}
	CXFile ef = expansion_of(fe, l, &eoff);
	p.macro = eoff != p.off || !p.f || ef != p.f->file;
	return p;
}

const char *fe_source_text(Fe *fe, CXCursor c, size_t max) {
	CXSourceRange r = raw_extent(fe, c);
	Pos a = pos_of(fe, clang_getRangeStart(r)), b = pos_of(fe, clang_getRangeEnd(r));
	if (a.macro || b.macro || !a.f || a.f != b.f || !a.f->buf || b.off <= a.off || b.off - a.off > max ||
	    b.off > a.f->size)
		return NULL;
	if (memchr(a.f->buf + a.off, '\n', b.off - a.off)) return NULL;
	return arena_strndup(&fe->u->arena, a.f->buf + a.off, b.off - a.off);
}

/* ---- macros: which operator tokens can an expansion produce? ---- */

typedef struct Expansion { int file; unsigned start, end; CXCursor def; CXSourceRange range; int seq; } Expansion;
/* A macro's definitions, newest first, each with its place in the unit's
 * preprocessing order: a name defined again (md5.c's F, G, H, I between
 * rounds; expat's xmltok_impl.c included three times) expands inside an
 * expansion with the definition in force there. def comes first: a
 * DefChain * is a CXCursor * to those that want the newest. */
typedef struct DefChain { CXCursor def; int seq; struct DefChain *older; } DefChain;
typedef struct OpSpot { CXCursor c; unsigned start, end; int file; bool unary; } OpSpot;   /* an operator in a function */

struct MacroInfo {
	Vec exps;       /* Expansion, sorted by (file, start) */
	Map defs;       /* macro name -> CXCursor* (definition) */
	Map masks;      /* macro name -> (uint64_t mask + 1), cached */
	Map def_masks;  /* the same by definition, for macro_mask_at */
	Map aligned;    /* "file:start" -> Alignment*, cached per expansion */
	Map typedefs;   /* typedef names of the unit, to tell casts from parentheses */
	bool have_typedefs;
	PtrMap fn_like; /* definition -> 1 if function-like, by its text (fn_like) */
	int seq;        /* definitions and expansions seen so far, in preprocessing order */
	CXCursor fn;    /* the function whose operators `ops` lists */
	bool have_ops;
	Vec ops;        /* OpSpot: its binary operators, in order */
};

static unsigned token_length(const char *b, size_t n, size_t i);
static FileText *direct_offset(Fe *fe, unsigned raw, unsigned *off);

/* What every CXSourceLocation of the unit carries beside its encoding, kept
 * from the first one seen: direct_offset rebuilds locations from encodings. */
static void keep_loc_ptr(Fe *fe, CXSourceLocation l) {
	if (fe->loc_ptr[0]) return;
	fe->loc_ptr[0] = l.ptr_data[0];
	fe->loc_ptr[1] = l.ptr_data[1];
}

/* Where a function-like macro's invocation written in f ends, i just past
 * its name: after the `)` that closes its arguments, read from the text
 * (literals and comments skipped, as the preprocessor collects arguments
 * before expanding anything in them); 0 when the text is anything less
 * plain (a directive, a literal left open): then libclang is asked. */
static unsigned invocation_end(const FileText *f, size_t i) {
	const char *b = f->buf;
	size_t n = f->size;
	i = skip_space(b, n, i);
	if (i >= n || b[i] != '(') return 0;
	for (int depth = 0; i < n; i++) {
		char c = b[i];
		if (c == '(') {
			depth++;
		} else if (c == ')') {
			if (--depth == 0) return (unsigned)i + 1;
		} else if (c == '"' || c == '\'') {
			size_t j = i + 1;
			while (j < n && b[j] != c && b[j] != '\n') j += b[j] == '\\' ? 2 : 1;
			if (j >= n || b[j] != c) return 0;
			i = j;
		} else if (c == '/' && i + 1 < n && (b[i + 1] == '*' || b[i + 1] == '/')) {
			i = skip_space(b, n, i) - 1;
		} else if (c == '#') {
			return 0;
		}
	}
	return 0;
}

/* Is the macro defined by def function-like? libclang 14 answers from the
 * macros still defined where the unit ends: one #undef'd since (Redis's
 * OUT_OF_RANGE, defined and undefined around one function) is object-like
 * to it. The definition's text then decides: a function-like macro's name
 * is followed at once by `(`. (Read through libclang, not file_text, so as
 * not to register files while operator recovery holds FileText pointers.) */
static bool fn_like(Fe *fe, CXCursor def) {
	if (clang_Cursor_isNull(def)) return false;
	if (clang_Cursor_isMacroFunctionLike(def)) return true;
	PtrMap *known = &fe->macros->fn_like;
	int k = ptrmap_get(known, def.data[0]);
	if (k >= 0) return k;
	CXFile file;
	unsigned off;
	size_t size = 0;
	clang_getFileLocation(clang_getCursorLocation(def), &file, NULL, NULL, &off);
	const char *buf = file ? clang_getFileContents(fe->tu, file, &size) : NULL;
	unsigned len = buf && off < size ? token_length(buf, size, off) : 0;
	bool yes = len && off + len < size && buf[off + len] == '(';
	ptrmap_put(known, def.data[0], yes);
	return yes;
}

/* A macro expansion's extent as libclang gives it (the name, through the
 * closing parenthesis of a function-like macro's arguments), read from the
 * file when the name is written in one ownck decodes itself: libclang
 * measures the last token with a fresh lexer, 28,928 times on sqlite3.c. */
static CXSourceRange expansion_extent(Fe *fe, CXCursor c, CXCursor def) {
	CXSourceLocation at = clang_getCursorLocation(c);
	keep_loc_ptr(fe, at);
	unsigned o, len, end = 0;
	FileText *f = direct_offset(fe, at.int_data, &o);
	if (f && o < f->size && !clang_Cursor_isNull(def) && (len = token_length(f->buf, f->size, o)) != 0) {
		/* only a name followed by ( can be a function-like macro's
		 * invocation (asking first costs a lookup per expansion) */
		size_t next = skip_space(f->buf, f->size, o + len);
		bool args = next < f->size && f->buf[next] == '(';
		end = args && fn_like(fe, def) ? invocation_end(f, o + len) : o + len;
	}
	if (!end) return clang_getCursorExtent(c);
	CXSourceRange r = {{at.ptr_data[0], at.ptr_data[1]}, at.int_data, f->base + end};
	if (fe->check_extents) {
		CXSourceRange want = clang_getCursorExtent(c);
		if (want.begin_int_data != r.begin_int_data || want.end_int_data != r.end_int_data) {
			fprintf(stderr, "ownck: OWNCK_CHECK_EXTENTS: macro expansion at %s offset %u: read %u-%u, libclang says %u-%u\n",
			        VEC_AT(&fe->u->files, const char *, f->id), o, r.begin_int_data, r.end_int_data,
			        want.begin_int_data, want.end_int_data);
			abort();
		}
	}
	return r;
}

static enum CXChildVisitResult macro_visitor(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	Fe *fe = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_MacroDefinition) {
		DefChain *d = ARENA_NEW(&fe->scratch, DefChain);
		const char *name = scratch_str(fe, clang_getCursorSpelling(c));
		d->def = c;
		d->seq = fe->macros->seq++;
		d->older = map_get(&fe->macros->defs, name);
		map_put(&fe->macros->defs, name, d);
	} else if (k == CXCursor_MacroExpansion && !fe_in_system_header(c)) {
		CXCursor def = clang_getCursorReferenced(c);
		CXSourceRange r = expansion_extent(fe, c, def);
		unsigned l, col, o1, o2;
		FileText *f = loc_file(fe, clang_getRangeStart(r), &l, &col, &o1);
		loc_file(fe, clang_getRangeEnd(r), &l, &col, &o2);
		if (f) {
			Expansion *e = vec_push(&fe->macros->exps);
			e->file = f->id;
			e->start = o1;
			e->end = o2 > o1 ? o2 : o1 + 1;
			e->def = def;
			e->range = r;
			e->seq = fe->macros->seq++;
		}
	}
	return CXChildVisit_Continue;
}

static int cmp_exp(const void *a, const void *b) {
	const Expansion *x = a, *y = b;
	if (x->file != y->file) return x->file < y->file ? -1 : 1;
	if (x->start != y->start) return x->start < y->start ? -1 : 1;
	/* the same place in a file included twice: in inclusion order */
	return x->range.begin_int_data < y->range.begin_int_data ? -1 : x->range.begin_int_data > y->range.begin_int_data;
}

static MacroInfo *macro_info(Fe *fe) {
	if (fe->macros) return fe->macros;
	fe->macros = ARENA_NEW(&fe->scratch, MacroInfo);
	vec_init(&fe->macros->exps, sizeof(Expansion));
	map_init(&fe->macros->defs);
	map_init(&fe->macros->masks);
	map_init(&fe->macros->def_masks);
	map_init(&fe->macros->aligned);
	map_init(&fe->macros->typedefs);
	vec_init(&fe->macros->ops, sizeof(OpSpot));
	clang_visitChildren(clang_getTranslationUnitCursor(fe->tu), macro_visitor, fe);
	if (fe->macros->exps.len > 1)
		qsort(fe->macros->exps.data, (size_t)fe->macros->exps.len, sizeof(Expansion), cmp_exp);
	return fe->macros;
}

#define BIT(k) ((uint64_t)1 << (k))

static uint64_t def_mask(Fe *fe, CXCursor def, int depth);

static uint64_t name_mask(Fe *fe, const char *name, int depth) {
	MacroInfo *mi = fe->macros;
	uintptr_t cached = (uintptr_t)map_get(&mi->masks, name);
	if (cached) return (uint64_t)(cached - 1);
	CXCursor *def = map_get(&mi->defs, name);
	if (!def || depth > 8) return 0;
	map_put(&mi->masks, arena_strdup(&fe->scratch, name), (void *)(uintptr_t)1);  /* cycle guard */
	uint64_t m = def_mask(fe, *def, depth + 1);
	map_put(&mi->masks, arena_strdup(&fe->scratch, name), (void *)(uintptr_t)(m + 1));
	return m;
}

/* Keywords written like a call, whose commas separate arguments:
 * __builtin_offsetof(T, m) is no comma operator (stddef.h's offsetof). */
/* Keywords whose parenthesis holds a condition (or for's clauses): what
 * follows its `)` is a statement, so a `*` there dereferences. */
static bool statement_keyword(const char *s) {
	return !strcmp(s, "if") || !strcmp(s, "while") || !strcmp(s, "for") || !strcmp(s, "switch");
}

/* Storage classes and function specifiers: a declaration that begins with
 * one goes on with its type. */
/* Is s one of the NULL-ended words? */
static bool word_in(const char *const *words, const char *s) {
	for (const char *const *w = words; *w; w++)
		if (!strcmp(*w, s)) return true;
	return false;
}

static bool storage_word(const char *s) {
	static const char *const words[] = {"register", "static", "extern", "auto", "inline", "__inline", "__inline__",
	                                    "_Thread_local", "__thread", NULL};
	return word_in(words, s);
}

static bool call_keyword(const char *s) {
	static const char *const words[] = {"__builtin_offsetof", "__builtin_va_arg", "__builtin_types_compatible_p",
	                                    "__builtin_choose_expr", "__builtin_convertvector", "__builtin_shufflevector",
	                                    "_Generic", NULL};
	return word_in(words, s);
}

/* A token's text as the compiler reads it. A line splice (backslash,
 * newline) just before a token is part of its raw spelling, as libclang
 * hands it out (the `)` that begins a continued line of a macro body is
 * "\\\n)"), but of no token: it goes. */
typedef struct TokText { CXString s; const char *t; char buf[128]; } TokText;

static const char *tok_text(CXTranslationUnit tu, CXToken tok, TokText *tt) {
	tt->s = clang_getTokenSpelling(tu, tok);
	const char *r = clang_getCString(tt->s);
	tt->t = r ? r : "";
	if (!strchr(tt->t, '\\') || strlen(tt->t) >= sizeof tt->buf) return tt->t;
	size_t n = 0;
	for (const char *c = tt->t; *c; c++) {
		if (c[0] == '\\' && c[1] == '\n') { c++; continue; }
		if (c[0] == '\\' && c[1] == '\r' && c[2] == '\n') { c += 2; continue; }
		tt->buf[n++] = *c;
	}
	tt->buf[n] = 0;
	return tt->t = tt->buf;
}

static void tok_text_done(TokText *tt) { clang_disposeString(tt->s); }

static bool tok_spelled(CXTranslationUnit tu, CXToken t, const char *want) {
	TokText tt;
	bool same = !strcmp(tok_text(tu, t, &tt), want);
	tok_text_done(&tt);
	return same;
}

/* Every operator kind tokens i..n-1 (or the macros they name) could be.
 * A comma inside the parentheses of a call or a macro invocation separates
 * arguments; & * + - after an operand are binary, elsewhere unary, but
 * passed alone as an argument (intop(+, a, b)), with standalone set, both:
 * the macro decides where it goes. */
static uint64_t tokens_mask(Fe *fe, CXToken *toks, unsigned i, unsigned n, int depth, bool standalone) {
	uint64_t m = 0;
	uint64_t call_parens = 0;   /* bit d: the paren at depth d follows a name */
	int pd = 0;   /* parenthesis depth */
	bool after_operand = false, after_close = false, after_open = standalone;
	for (; i < n; i++) {
		CXTokenKind k = clang_getTokenKind(toks[i]);
		if (k == CXToken_Comment) continue;   /* a comment between 1 and + in a body: the + still follows an operand */
		TokText tt;
		const char *t = tok_text(fe->tu, toks[i], &tt);
		bool operand = false, close = false, open = false;
		if (k == CXToken_Punctuation) {
			if (!strcmp(t, "(")) {
				pd++;
				if (pd < 64) call_parens = after_operand ? call_parens | BIT(pd) : call_parens & ~BIT(pd);
				open = true;
			} else if (!strcmp(t, ")") || !strcmp(t, "]")) {
				if (!strcmp(t, ")") && pd > 0) pd--;
				operand = true;
				close = !strcmp(t, ")");   /* may close a cast: what follows may be unary */
			} else if (!strcmp(t, ",") && ((pd > 0 && pd < 64 && (call_parens & BIT(pd))) || (standalone && !pd))) {
				open = true;   /* an argument separator */
			} else {
				const Punct *p = lex_punct(t, strlen(t), 0);
				if (p && strlen(p->s) == strlen(t)) {
					bool both = p->bin && p->un;
					bool alone = standalone && after_open &&
					             (i + 1 == n || tok_spelled(fe->tu, toks[i + 1], ",") || tok_spelled(fe->tu, toks[i + 1], ")"));
					if (p->bin && (!both || after_operand || alone)) m |= BIT(p->bin);
					if (p->un && (!both || !after_operand || after_close)) m |= BIT(p->un);
					if (p->un == OPK_PREINC) m |= BIT(OPK_POSTINC);
					if (p->un == OPK_PREDEC) m |= BIT(OPK_POSTDEC);
					if (p->un == OPK_PREINC || p->un == OPK_PREDEC) operand = after_operand;
				}
			}
		} else if (k == CXToken_Identifier) {
			m |= name_mask(fe, t, depth);
			operand = true;
		} else if (k == CXToken_Literal) {
			operand = true;   /* keywords (int, char in casts) leave a following * unary */
		} else if (k == CXToken_Keyword) {
			operand = call_keyword(t);   /* its parentheses are a call's */
			if (!strcmp(t, "__extension__")) m |= BIT(OPK_EXTENSION);
		}
		after_close = close;
		after_operand = operand;
		after_open = open;
		tok_text_done(&tt);
	}
	return m;
}

/* Every operator kind a token of this definition (or of a macro it uses) could be. */
static uint64_t def_mask(Fe *fe, CXCursor def, int depth) {
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(fe->tu, clang_getCursorExtent(def), &toks, &n);
	unsigned i = 1;   /* skip the macro's name */
	if (fn_like(fe, def)) {
		while (i < n)
			if (tok_spelled(fe->tu, toks[i++], ")")) break;
	}
	uint64_t m = tokens_mask(fe, toks, i, n, depth, false);
	clang_disposeTokens(fe->tu, toks, n);
	return m;
}

/* A file included more than once (expat's xmltok_impl.c, under other macro
 * definitions each time) has one expansion per inclusion at each place: the
 * one inside the function being lowered, told by clang's raw locations,
 * which differ per inclusion where file offsets do not. */
/* The first of e and its twins: the same macro named at the same place of a
 * file, one per inclusion (sorted together, in inclusion order). */
static const Expansion *first_twin(const Fe *fe, const Expansion *e) {
	const Expansion *first = fe->macros->exps.data, *a = e;
	while (a > first && a[-1].file == e->file && a[-1].start == e->start) a--;
	return a;
}

static const Expansion *this_inclusion(Fe *fe, const Expansion *e) {
	MacroInfo *mi = fe->macros;
	const Expansion *first = mi->exps.data, *last = first + mi->exps.len - 1, *a = first_twin(fe, e), *b = e;
	while (b < last && b[1].file == e->file && b[1].start == e->start) b++;
	if (a == b || clang_Cursor_isNull(mi->fn)) return e;
	CXSourceRange fr = clang_getCursorExtent(mi->fn);
	unsigned lo = fr.begin_int_data, hi = fr.end_int_data;
	if ((lo | hi) & (1u << 31)) {
		/* a function a macro writes (jq's libm.h, included twice under two
		 * definitions of its LIBM_DD): clang numbers files and expansions in
		 * one sequence of offsets, in preprocessing order, so the function's
		 * inclusion is the last one that begins before it */
		const Expansion *in = e;
		for (const Expansion *x = a; x <= b; x++) {
			unsigned r = x->range.begin_int_data;
			if (!(r & (1u << 31)) && r <= (lo & ~(1u << 31))) in = x;
		}
		return in;
	}
	for (const Expansion *x = a; x <= b; x++) {
		unsigned r = x->range.begin_int_data;
		if (!(r & (1u << 31)) && lo <= r && r <= hi) return x;
	}
	return e;
}

/* The innermost expansion containing a file position; after_start: among
 * those that begin before it (not one whose name is at off). */
static const Expansion *expansion_around(Fe *fe, int file, unsigned off, bool after_start) {
	MacroInfo *mi = macro_info(fe);
	const Expansion *best = NULL;
	int lo = 0, hi = mi->exps.len - 1;
	while (lo <= hi) {   /* last expansion starting at or before off (before, with after_start) */
		int mid = (lo + hi) / 2;
		const Expansion *e = &VEC_AT(&mi->exps, Expansion, mid);
		if (e->file < file || (e->file == file && (after_start ? e->start < off : e->start <= off))) { best = e; lo = mid + 1; }
		else hi = mid - 1;
	}
	for (const Expansion *e = best; e && e >= (const Expansion *)mi->exps.data; e--) {
		if (e->file != file) break;
		if (e->start <= off && off < e->end) return this_inclusion(fe, e);
		if (e->end <= off && e->start + 4096 < off) break;
	}
	return NULL;
}

static const Expansion *expansion_at(Fe *fe, int file, unsigned off) { return expansion_around(fe, file, off, false); }

/* Is the comma at text position off an argument separator of the macro call e? */
static bool separates_arguments(FileText *f, const Expansion *e, unsigned off) {
	int depth = 0;
	for (unsigned i = e->start; i < off && i < f->size; i++) {
		char c = f->buf[i];
		if (c == '(') depth++;
		else if (c == ')') depth--;
		else if (c == '"' || c == '\'') {
			for (i++; i < off && f->buf[i] != c; i++)
				if (f->buf[i] == '\\') i++;
		}
	}
	return depth == 1;
}

static uint64_t macro_mask_at(Fe *fe, Pos p) {
	if (!p.f) return 0;
	const Expansion *e = expansion_at(fe, p.f->id, p.off);
	if (!e) return 0;
	/* cached per definition (not per name: a macro may be redefined) */
	char key[40];
	snprintf(key, sizeof key, "%p/%p", e->def.data[0], e->def.data[1]);
	uintptr_t cached = (uintptr_t)map_get(&fe->macros->def_masks, key);
	if (cached) return (uint64_t)(cached - 1);
	uint64_t m = def_mask(fe, e->def, 0);
	map_put(&fe->macros->def_masks, arena_strdup(&fe->scratch, key), (void *)(uintptr_t)(m + 1));
	return m;
}

/* The operator kinds written in the arguments of the invocation around p
 * (or in the bodies of the macros they name): an operator passed to a
 * macro, as intop(+, a, b) is, is spelled there and in no body. */
/* The mask of the expansion around the one at p: an operand that is a
 * macro (FILE_RDONLY, itself O_RDONLY) passed as an argument of the macro
 * whose body spells the operator (nginx's ngx_open_file(name, mode,
 * create, access): open(name, mode|create, access)). Both operands sit
 * in arguments: the text between them is the argument's comma, and the
 * expansion at them is the operand's own. */
static uint64_t enclosing_mask(Fe *fe, Pos p) {
	if (!p.f) return 0;
	const Expansion *e = expansion_at(fe, p.f->id, p.off), *first = fe->macros->exps.data;
	if (!e) return 0;
	for (const Expansion *a = e - 1, *stop = e - 64; a >= first && a > stop && a->file == e->file; a--) {
		if (a->start <= e->start && e->end <= a->end && (a->start < e->start || e->end < a->end)) {
			Pos q = p;
			q.off = a->start;
			return macro_mask_at(fe, q);
		}
	}
	return 0;
}

static uint64_t invocation_mask(Fe *fe, Pos p) {
	if (!p.f) return 0;
	const Expansion *e = expansion_at(fe, p.f->id, p.off);
	if (!e) return 0;
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(fe->tu, e->range, &toks, &n);
	uint64_t m = 0;
	if (n >= 3 && tok_spelled(fe->tu, toks[1], "(") && tok_spelled(fe->tu, toks[n - 1], ")"))
		m = tokens_mask(fe, toks, 2, n - 1, 0, true);
	clang_disposeTokens(fe->tu, toks, n);
	return m;
}

/* ---- macro bodies: operators by alignment ----
 *
 * When the types and the spelled tokens leave several candidates (a macro
 * body with both == and ||), the expansion is rebuilt token by token (the
 * arguments substituted, nested macros expanded), its binary operator tokens
 * are picked out, and matched in order with the binary operators the AST has
 * inside that expansion. Any disagreement (counts, kinds the types rule out)
 * abandons the alignment: the operator is then unknown, never guessed. */

/* A token of a macro expansion, with the names of the macros it came out of
 * (its hide set: those are not expanded again, as the preprocessor does). */
typedef struct Hide { const char *name; const struct Hide *next; } Hide;
typedef struct Tok { CXTokenKind kind; const char *s; const Hide *hide; } Tok;
typedef struct Alignment {
	int n;  OpKind *kinds;   CXCursor *ops;    /* binary operators, aligned in order */
	int nu; OpKind *ukinds;  CXCursor *uops;   /* unary ones */
} Alignment;

enum { MAX_EXPANDED = 50000, MAX_MACRO_DEPTH = 64 };

static void tokens_of(Fe *fe, CXSourceRange r, Vec *out) {
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(fe->tu, r, &toks, &n);
	for (unsigned i = 0; i < n; i++) {
		CXTokenKind k = clang_getTokenKind(toks[i]);
		if (k == CXToken_Comment) continue;
		Tok *t = vec_push(out);
		t->kind = k;
		TokText tt;
		t->s = arena_strdup(&fe->scratch, tok_text(fe->tu, toks[i], &tt));
		tok_text_done(&tt);
	}
	clang_disposeTokens(fe->tu, toks, n);
}

static bool tok_is(const Tok *t, const char *s) { return t->kind == CXToken_Punctuation && !strcmp(t->s, s); }

static bool hidden(const Hide *h, const char *name) {
	for (; h; h = h->next)
		if (!strcmp(h->name, name)) return true;
	return false;
}

typedef struct Expander { Fe *fe; int total; bool failed; int seq; } Expander;

/* The definition of `name` in force at preprocessing position seq (the
 * newest before it), or NULL. */
static const CXCursor *def_at(Fe *fe, const char *name, int seq) {
	const DefChain *d = map_get(&fe->macros->defs, name);
	while (d && d->seq > seq) d = d->older;
	return d ? &d->def : NULL;
}

static void expand_tokens(Expander *x, const Tok *in, int n, Vec *out, int depth);

/* The arguments of a call at in[i] = '(': Vec of Vec of Tok; returns the
 * index after ')', or -1. */
static int split_args(const Tok *in, int n, int i, Vec *args) {
	int depth = 0;
	Vec *cur = NULL;
	for (; i < n; i++) {
		if (tok_is(&in[i], "(") && depth++ == 0) {
			cur = vec_push(args);
			vec_init(cur, sizeof(Tok));
			continue;
		}
		if (tok_is(&in[i], ")") && --depth == 0) return i + 1;
		if (tok_is(&in[i], ",") && depth == 1) {
			cur = vec_push(args);
			vec_init(cur, sizeof(Tok));
			continue;
		}
		if (cur) *(Tok *)vec_push(cur) = in[i];
	}
	return -1;
}

static void free_args(Vec *args) {
	for (int i = 0; i < args->len; i++) vec_free(&VEC_AT(args, Vec, i));
	vec_free(args);
}

/* A variadic macro's arguments from its last parameter's on are one
 * argument, commas included (what __VA_ARGS__ stands for). */
static void join_variadic(Vec *args, int nparams) {
	if (nparams < 1 || args->len <= nparams) return;
	Vec *last = &VEC_AT(args, Vec, nparams - 1);
	for (int k = nparams; k < args->len; k++) {
		Vec *a = &VEC_AT(args, Vec, k);
		Tok *comma = vec_push(last);
		comma->kind = CXToken_Punctuation;
		comma->s = ",";
		comma->hide = NULL;
		for (int j = 0; j < a->len; j++) *(Tok *)vec_push(last) = VEC_AT(a, Tok, j);
		vec_free(a);
	}
	args->len = nparams;
}

/* The replacement list of a macro with its arguments substituted (expanded
 * first unless next to # or ##), every token hiding `hs`. */
static void substitute(Expander *x, CXCursor def, Vec *args, const Hide *hs, Vec *out, int depth) {
	Fe *fe = x->fe;
	Vec dt;
	vec_init(&dt, sizeof(Tok));
	tokens_of(fe, clang_getCursorExtent(def), &dt);
	const Tok *d = dt.data;
	int i = 1, nparams = 0;
	bool variadic = false;   /* the last parameter takes the remaining arguments */
	const char *params[128];
	if (fn_like(fe, def)) {
		for (i = 2; i < dt.len && !tok_is(&d[i], ")"); i++) {
			if (tok_is(&d[i], ",") || nparams >= 128) continue;
			if (strcmp(d[i].s, "...")) params[nparams++] = d[i].s;
			else if (tok_is(&d[i - 1], ",") || tok_is(&d[i - 1], "(")) params[nparams++] = "__VA_ARGS__";
			variadic = variadic || !strcmp(d[i].s, "...");   /* `...` or GNU's `args...` */
		}
		i++;
	}
	join_variadic(args, variadic ? nparams : 0);
	for (; i < dt.len; i++) {
		int pi = -1;
		for (int k = 0; k < nparams && d[i].kind == CXToken_Identifier; k++)
			if (!strcmp(d[i].s, params[k])) pi = k;
		bool pasted = (i + 1 < dt.len && tok_is(&d[i + 1], "##")) || (i > 0 && tok_is(&d[i - 1], "##"));
		if (tok_is(&d[i], ",") && i + 2 < dt.len && tok_is(&d[i + 1], "##") && variadic &&
		    !strcmp(d[i + 2].s, params[nparams - 1])) {
			/* GNU's , ## __VA_ARGS__: the comma goes when there are no
			 * variable arguments; else they follow it, unpasted */
			Vec *a = nparams - 1 < args->len ? &VEC_AT(args, Vec, nparams - 1) : NULL;
			if (a && a->len) {
				Tok t = d[i];
				t.hide = hs;
				*(Tok *)vec_push(out) = t;
				for (int k = 0; k < a->len; k++) *(Tok *)vec_push(out) = VEC_AT(a, Tok, k);
			}
			i += 2;
		} else if (tok_is(&d[i], "#") && i + 1 < dt.len && nparams) {   /* #param: a string */
			Tok *t = vec_push(out);
			t->kind = CXToken_Literal;
			t->s = "\"\"";
			t->hide = hs;
			i++;
		} else if (tok_is(&d[i], "##") && out->len && i + 1 < dt.len) {   /* a ## b: one token */
			Tok *last = &VEC_AT(out, Tok, out->len - 1);
			const char *next = d[i + 1].s;
			for (int k = 0; k < nparams; k++)
				if (!strcmp(next, params[k]))
					next = k < args->len && VEC_AT(args, Vec, k).len ? VEC_AT(&VEC_AT(args, Vec, k), Tok, 0).s : "";
			last->s = arena_printf(&fe->scratch, "%s%s", last->s, next);
			if (last->kind == CXToken_Literal && *next) last->kind = CXToken_Identifier;
			i++;
		} else if (pi >= 0) {
			if (pi >= args->len) continue;   /* a missing argument is empty */
			Vec *a = &VEC_AT(args, Vec, pi);
			Vec expanded;
			vec_init(&expanded, sizeof(Tok));
			if (pasted) for (int k = 0; k < a->len; k++) *(Tok *)vec_push(&expanded) = VEC_AT(a, Tok, k);
			else expand_tokens(x, a->data, a->len, &expanded, depth + 1);
			for (int k = 0; k < expanded.len; k++) {
				Tok t = VEC_AT(&expanded, Tok, k);
				if (!t.hide) t.hide = hs;
				*(Tok *)vec_push(out) = t;
			}
			vec_free(&expanded);
		} else {
			Tok t = d[i];
			t.hide = hs;
			*(Tok *)vec_push(out) = t;
		}
	}
	vec_free(&dt);
}

/* The preprocessor's rescanning, simplified (Prosser): a macro's replacement
 * is pushed back in front of the rest of the input and scanned again with
 * the rest, so `#define f g` then `f(x)` becomes a call of the macro g. */
static void expand_tokens(Expander *x, const Tok *in, int n, Vec *out, int depth) {
	if (depth > MAX_MACRO_DEPTH) { x->failed = true; return; }
	Vec q;   /* the pending input, in reverse: the next token is the last one */
	vec_init(&q, sizeof(Tok));
	for (int i = n - 1; i >= 0; i--) *(Tok *)vec_push(&q) = in[i];
	while (q.len && !x->failed) {
		if (++x->total > MAX_EXPANDED) { x->failed = true; break; }
		Tok t = VEC_AT(&q, Tok, --q.len);
		const CXCursor *def = t.kind == CXToken_Identifier ? def_at(x->fe, t.s, x->seq) : NULL;
		if (!def || hidden(t.hide, t.s)) { *(Tok *)vec_push(out) = t; continue; }
		Hide *hs = ARENA_NEW(&x->fe->scratch, Hide);
		hs->name = t.s;
		hs->next = t.hide;
		Vec args, body;
		vec_init(&args, sizeof(Vec));
		vec_init(&body, sizeof(Tok));
		if (fn_like(x->fe, *def)) {
			if (!q.len || !tok_is(&VEC_AT(&q, Tok, q.len - 1), "(")) {
				*(Tok *)vec_push(out) = t;
				vec_free(&args);
				vec_free(&body);
				continue;
			}
			/* the arguments run to the matching ')' in the pending input */
			Vec rest;
			vec_init(&rest, sizeof(Tok));
			for (int i = q.len - 1; i >= 0; i--) *(Tok *)vec_push(&rest) = VEC_AT(&q, Tok, i);
			int next = split_args(rest.data, rest.len, 0, &args);
			if (next < 0) { x->failed = true; vec_free(&rest); free_args(&args); vec_free(&body); break; }
			q.len -= next;
			vec_free(&rest);
		}
		substitute(x, *def, &args, hs, &body, depth);
		for (int i = body.len - 1; i >= 0; i--) *(Tok *)vec_push(&q) = VEC_AT(&body, Tok, i);
		free_args(&args);
		vec_free(&body);
	}
	vec_free(&q);
}

/* ---- which tokens are binary operators ---- */

static const char *const type_words[] = {
	"void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool", "const",
	"volatile", "restrict", "struct", "union", "enum", "_Complex", "__restrict", "__const", "__signed__",
	"_Atomic", "__typeof__", "typeof", NULL,
};

static void load_typedefs(Fe *fe);

static bool is_type_word(Fe *fe, const Tok *t) {
	if (t->kind == CXToken_Keyword) return word_in(type_words, t->s);
	if (t->kind != CXToken_Identifier) return false;
	load_typedefs(fe);
	return map_get(&fe->macros->typedefs, t->s) != NULL;
}

/* Is toks[i] '(' the start of a type name in parentheses: (int), (struct s *)? */
static bool parenthesized_type(Fe *fe, const Tok *t, int n, int i) {
	if (i + 1 >= n || !is_type_word(fe, &t[i + 1])) return false;
	for (int j = i + 1; j < n; j++) {
		if (tok_is(&t[j], ")")) return true;
		if (t[j].kind == CXToken_Keyword && j + 1 < n && tok_is(&t[j + 1], "(") &&
		    (!strcmp(t[j].s, "__typeof__") || !strcmp(t[j].s, "typeof") || !strcmp(t[j].s, "__typeof"))) {
			/* (__typeof__ (*(r))) -1, gnulib's _GL_TYPE_SIGNED: a type */
			int depth = 0;
			for (j++; j < n; j++) {
				depth += tok_is(&t[j], "(") - tok_is(&t[j], ")");
				if (!depth) break;
			}
			continue;
		}
		if (is_type_word(fe, &t[j]) || tok_is(&t[j], "*") || t[j].kind == CXToken_Identifier) continue;
		if (tok_is(&t[j], "[") || tok_is(&t[j], "]") || t[j].kind == CXToken_Literal) continue;
		return false;
	}
	return false;
}

enum { P_GROUP, P_CALL, P_CAST, P_SIZEOF, P_BRACKET, P_INIT, P_BLOCK, P_COND, P_MEMBERS };

static OpKind binop_kind(const char *s) {
	const Punct *p = lex_punct(s, strlen(s), 0);
	if (!p || strlen(p->s) != strlen(s)) return OPK_UNKNOWN;
	return p->bin;
}

/* The kinds of the binary operator tokens, in order; with args, the tokens
 * are a call's arguments, whose top-level commas separate them. */
static bool classify(Fe *fe, const Tok *t, int n, Vec *kinds, Vec *ukinds, bool args) {
	int stack[512], sp = 0, decl_depth = 0;
	bool prev = false, decl = false, stmt_start = true, declarator = false;
	bool closed_cast = false;   /* this token closed a cast: (T) */
	for (int i = 0; i < n; i++) {
		const Tok *k = &t[i];
		bool after_cast = closed_cast;
		closed_cast = false;
		bool start = stmt_start;
		stmt_start = false;
		if (k->kind == CXToken_Literal) { prev = true; continue; }
		if (k->kind == CXToken_Identifier || k->kind == CXToken_Keyword) {
			if (is_type_word(fe, k)) {
				if (start) { decl = true; declarator = true; decl_depth = sp; }
				prev = false;
				if (!strcmp(k->s, "struct") || !strcmp(k->s, "union") || !strcmp(k->s, "enum")) {
					if (i + 1 < n && t[i + 1].kind == CXToken_Identifier) i++;   /* the tag */
					/* the members of struct { ... } x = { .n = 1, }: declarations, not
					 * code (iproute2's GENL_REQUEST; the body's `}` used to end the
					 * declaration, and its `=` counted as an assignment) */
					if (i + 1 < n && tok_is(&t[i + 1], "{") && sp < 511) stack[sp++] = P_MEMBERS, i++;
				}
			} else if (k->kind == CXToken_Keyword && start && storage_word(k->s)) {
				stmt_start = true;   /* register T *p = ...: the declaration goes on */
			} else if (k->kind == CXToken_Keyword && !strcmp(k->s, "__extension__") &&
			           !(i + 1 < n && is_type_word(fe, &t[i + 1]))) {
				*(OpKind *)vec_push(ukinds) = OPK_EXTENSION;   /* __extension__ ({ ... }), not before a declaration */
				prev = false;
			} else if (!strcmp(k->s, "sizeof") || k->kind == CXToken_Keyword) {
				prev = call_keyword(k->s);   /* __builtin_offsetof( opens a call's parentheses */
			} else {
				prev = true;
			}
			continue;
		}
		if (k->kind != CXToken_Punctuation) continue;
		const char *s = k->s;
		if (sp >= 511) return false;
		bool in_type = sp && (stack[sp - 1] == P_CAST || stack[sp - 1] == P_SIZEOF);
		if (in_type && strcmp(s, ")") && strcmp(s, "(")) continue;   /* (void *), (int [4]): a type */
		if (sp && stack[sp - 1] == P_MEMBERS) {   /* declarations (an array's size is a constant the walk has not) */
			if (!strcmp(s, "{")) stack[sp++] = P_MEMBERS;
			else if (!strcmp(s, "}")) sp--;
			prev = false;
			continue;
		}
		/* T *p = ..., *q: before '=' the tokens declare, they do not compute */
		if (decl && declarator && sp == decl_depth) {
			if (!strcmp(s, "=")) { declarator = false; prev = false; continue; }
			if (!strcmp(s, ";")) { decl = declarator = false; prev = false; stmt_start = true; continue; }
			if (strcmp(s, "(") && strcmp(s, ")") && strcmp(s, "[") && strcmp(s, "]") && strcmp(s, "{")) continue;
		}
		if (decl && !declarator && sp == decl_depth && !strcmp(s, ",")) { declarator = true; prev = false; continue; }
		if (!strcmp(s, "(")) {
			bool after_sizeof = i > 0 && !strcmp(t[i - 1].s, "sizeof");
			bool cond = i > 0 && t[i - 1].kind == CXToken_Keyword && statement_keyword(t[i - 1].s);
			int kind = prev ? P_CALL : parenthesized_type(fe, t, n, i) ? (after_sizeof ? P_SIZEOF : P_CAST) : P_GROUP;
			stack[sp++] = cond ? P_COND : kind;
			prev = false;
			if (i > 0 && !strcmp(t[i - 1].s, "for")) stmt_start = true;   /* for (int i = 0; ...) */
		} else if (!strcmp(s, ")")) {
			int kind = sp ? stack[--sp] : P_GROUP;
			prev = kind != P_CAST && kind != P_COND;
			closed_cast = kind == P_CAST;
			if (kind == P_COND) stmt_start = true;   /* if (a || b) *p = 0: a statement follows */
		} else if (!strcmp(s, "[")) { stack[sp++] = P_BRACKET; prev = false; }
		else if (!strcmp(s, "]")) { if (sp) sp--; prev = true; }
		else if (!strcmp(s, "{")) {
			/* an initializer after `=`, after a cast's `)` (a compound
			 * literal) and after `{` or `,` inside one; a block elsewhere
			 * (`{ {`, `if (c) {`) */
			bool in_init = sp && stack[sp - 1] == P_INIT;
			bool init = i > 0 && (tok_is(&t[i - 1], "=") || (tok_is(&t[i - 1], ")") && after_cast) ||
			                      ((tok_is(&t[i - 1], ",") || tok_is(&t[i - 1], "{")) && in_init));
			stack[sp++] = init ? P_INIT : P_BLOCK;
			if (stack[sp - 1] == P_BLOCK) { stmt_start = true; decl = false; }
			prev = false;
		} else if (!strcmp(s, "}")) {
			int kind = sp ? stack[--sp] : P_BLOCK;
			prev = kind == P_INIT;
			if (kind == P_BLOCK) { stmt_start = true; decl = false; }
		} else if (!strcmp(s, ";")) { prev = false; decl = declarator = false; stmt_start = true; }
		else if (!strcmp(s, ",")) {
			int top = sp ? stack[sp - 1] : P_BLOCK;
			bool separator = top == P_CALL || top == P_INIT || top == P_BRACKET || (decl && (top == P_BLOCK || !sp)) ||
			                 (args && !sp);
			if (!separator) *(OpKind *)vec_push(kinds) = OPK_COMMA;
			prev = false;
		} else if (!strcmp(s, "?") || !strcmp(s, ":")) {
			prev = false;
		} else if (!strcmp(s, "++") || !strcmp(s, "--")) {
			/* postfix after an operand (which it stays), prefix otherwise */
			bool inc = s[0] == '+';
			*(OpKind *)vec_push(ukinds) = prev ? (inc ? OPK_POSTINC : OPK_POSTDEC) : (inc ? OPK_PREINC : OPK_PREDEC);
		} else if (!strcmp(s, "!") || !strcmp(s, "~")) {
			*(OpKind *)vec_push(ukinds) = s[0] == '!' ? OPK_NOT : OPK_BITNOT;
			prev = false;
		} else if (!strcmp(s, ".") || !strcmp(s, "->")) {
			prev = false;
		} else {
			OpKind b = binop_kind(s);
			bool ambiguous = !strcmp(s, "*") || !strcmp(s, "&") || !strcmp(s, "+") || !strcmp(s, "-");
			if (ambiguous && !prev) {
				const Punct *p = lex_punct(s, strlen(s), 0);
				*(OpKind *)vec_push(ukinds) = p->un;
			}
			/* in a declaration, = starts an initializer: not an operator */
			bool init = decl && b == OPK_ASSIGN;
			if (b != OPK_UNKNOWN && (!ambiguous || prev) && !init) *(OpKind *)vec_push(kinds) = b;
			prev = false;
		}
	}
	return true;
}

/* ---- the function's AST, listed once ---- */

static enum CXChildVisitResult push_child(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	*(CXCursor *)vec_push(data) = c;
	return CXChildVisit_Continue;
}

/* The same node as libclang hands it out (not clang_equalCursors, which
 * also reads the declaration-group flag as equal: a key must be exact). */
static bool same_cursor(CXCursor a, CXCursor b) {
	return a.kind == b.kind && a.data[0] == b.data[0] && a.data[1] == b.data[1] && a.data[2] == b.data[2];
}

static unsigned cursor_hash(CXCursor c) {
	uint64_t h = (uint64_t)(uintptr_t)c.data[0] * 0x9e3779b97f4a7c15ull ^ (uint64_t)(uintptr_t)c.data[1] * 0xc2b2ae3d27d4eb4full;
	h ^= (uint64_t)c.kind * 0x165667b19e3779f9ull;
	return (unsigned)(h ^ (h >> 29) ^ (h >> 41));
}

typedef struct AstWalk { AstIndex *ix; Vec *path, *parent; } AstWalk;

/* Pre-order with the parent of each node: the path from the root is popped
 * back to the visitor's parent, so the walk stays linear however deep. */
static enum CXChildVisitResult ast_visitor(CXCursor c, CXCursor parent, CXClientData data) {
	AstWalk *w = data;
	/* a wrapper libclang names by what it wraps (a case label's ConstantExpr
	 * is its IntegerLiteral): the wrapped node is listed once, with the
	 * children a direct visit of it gives */
	if (same_cursor(c, parent)) return CXChildVisit_Recurse;
	AstNode *nodes = w->ix->nodes.data;
	while (w->path->len && !same_cursor(nodes[VEC_AT(w->path, int, w->path->len - 1)].c, parent)) w->path->len--;
	*(int *)vec_append(w->parent) = w->path->len ? VEC_AT(w->path, int, w->path->len - 1) : -1;
	AstNode *n = vec_append(&w->ix->nodes);
	n->c = c;
	n->kid0 = n->nkids = 0;
	*(int *)vec_append(w->path) = w->ix->nodes.len - 1;
	if (w->path->len > w->ix->maxdepth) w->ix->maxdepth = w->path->len;
	return CXChildVisit_Recurse;
}

static void ast_build(AstIndex *ix, CXCursor root) {
	ix->built = true;
	ix->ext_ready = false;
	ix->root = root;
	ix->maxdepth = 0;
	ix->nodes.len = 0;
	if (!ix->nodes.elem) vec_init(&ix->nodes, sizeof(AstNode));
	if (!ix->kids.elem) vec_init(&ix->kids, sizeof(int));
	if (!ix->path.elem) vec_init(&ix->path, sizeof(int));
	if (!ix->parent.elem) vec_init(&ix->parent, sizeof(int));
	ix->path.len = ix->parent.len = 0;
	AstWalk w = {ix, &ix->path, &ix->parent};
	clang_visitChildren(root, ast_visitor, &w);
	int n = ix->nodes.len;
	AstNode *nodes = ix->nodes.data;
	const int *parent = ix->parent.data;
	/* children lists: count, place, fill in order (pre-order keeps siblings in order) */
	ix->root_nkids = 0;
	for (int i = 0; i < n; i++) {
		if (parent[i] < 0) ix->root_nkids++;
		else nodes[parent[i]].nkids++;
	}
	ix->root_kid0 = 0;
	int at = ix->root_nkids;
	for (int i = 0; i < n; i++) {
		nodes[i].kid0 = at;
		at += nodes[i].nkids;
		nodes[i].nkids = 0;
	}
	if (ix->kids.cap < n) {
		ix->kids.data = xrealloc(ix->kids.data, sizeof(int) * (size_t)n);
		ix->kids.cap = n;
	}
	ix->kids.len = n;
	int *kids = ix->kids.data, root_fill = 0;
	for (int i = 0; i < n; i++) {
		if (parent[i] < 0) kids[root_fill++] = i;
		else kids[nodes[parent[i]].kid0 + nodes[parent[i]].nkids++] = i;
	}
	int want = 16;
	while (want < 2 * n) want *= 2;
	if (ix->nslot != want) {
		free(ix->slot);
		ix->slot = xmalloc(sizeof(int) * (size_t)want);
		ix->nslot = want;
	}
	memset(ix->slot, 0, sizeof(int) * (size_t)want);
	for (int i = 0; i < n; i++) {
		unsigned h = cursor_hash(nodes[i].c) & (unsigned)(want - 1);
		while (ix->slot[h]) h = (h + 1) & (unsigned)(want - 1);
		ix->slot[h] = i + 1;
	}
}

static unsigned recent_slot(CXCursor c) {
	uintptr_t h = ((uintptr_t)c.data[0] ^ (uintptr_t)c.data[1]) >> 4;
	return (unsigned)(h ^ (h >> 8)) & 255;
}

/* c's node in the function's index, or -1. Nearly every question is about
 * a child fe_children just handed out (96 % on sqlite3.c): those are found
 * in recent, a slot any stale entry of which fails the comparison. */
static int ast_find(const AstIndex *ix, CXCursor c) {
	if (!ix->nslot) return -1;
	int r = ix->recent[recent_slot(c)];
	if (r < ix->nodes.len && same_cursor(VEC_AT(&ix->nodes, AstNode, r).c, c)) return r;

	const AstNode *nodes = ix->nodes.data;
	for (unsigned h = cursor_hash(c) & (unsigned)(ix->nslot - 1);; h = (h + 1) & (unsigned)(ix->nslot - 1)) {
		int i = ix->slot[h] - 1;
		if (i < 0) return -1;
		if (same_cursor(nodes[i].c, c)) return i;
	}
}

/* ---- extents without libclang's token measurement ----
 *
 * clang_getCursorExtent measures the node's last token with a fresh lexer
 * (a LangOptions copy and all) on every call: it was a sixth of lowering. A node's
 * extent is its first token's start and its last token's end, and for most
 * nodes both are another node's or a token's found in the file text:
 *   - where clang's begin is the node's location (all but the two below),
 *     clang_getCursorLocation gives it without measuring anything;
 *   - a member access starts where its base does, and an implicit
 *     conversion (an unexposed node with the location of its only child)
 *     is its child's extent;
 *   - a binary, compound-assignment, conditional, cast or prefix operator,
 *     a return with a value, and a statement that ends with its body end
 *     where their last child ends (clang's getEndLoc is the child's, so the
 *     translated end is the same, macros or not);
 *   - a name, member name, number, break or continue written in the file
 *     ends where its token does, measured here from the text;
 *   - a call, parenthesis, subscript, block, do-while or statement
 *     expression ends with the closer the file shows right after its last
 *     child, when that child ends with a token written in the file.
 * Everything else, and every token inside a macro expansion, is asked of
 * libclang. OWNCK_CHECK_EXTENTS=1 compares each worked-out extent (and
 * integer literal read from the text, fe_int_literal) with libclang's and
 * stops at the first difference (testsuite/cli/extents.sh). */

/* [A-Za-z0-9_$] as two 64-bit sets: names are measured a character at a
 * time, 200,000 of them on sqlite3.c. */
static bool ident_char(unsigned char c) {
	static const uint64_t low = (1ull << '$') | (0x3FFull << '0');
	static const uint64_t high = (0x3FFFFFFull << ('A' - 64)) | (1ull << ('_' - 64)) | (0x3FFFFFFull << ('a' - 64));
	return c < 64 ? (low >> c) & 1 : c < 128 && ((high >> (c - 64)) & 1);
}

/* The length of the identifier or preprocessing number at b[i], or 0 when
 * it is something else or needs clang's lexer (a line splice, a UCN, UTF-8,
 * a digit separator). */
static unsigned token_length(const char *b, size_t n, size_t i) {
	unsigned char c = (unsigned char)b[i];
	size_t j = i + 1;
	if (c >= '0' && c <= '9') {
		for (; j < n; j++) {
			unsigned char d = (unsigned char)b[j];
			if ((d == '+' || d == '-') && strchr("eEpP", b[j - 1])) continue;
			if (!ident_char(d) && d != '.') break;
			if (d == '$') return 0;
		}
	} else if (ident_char(c)) {
		while (j < n && ident_char((unsigned char)b[j])) j++;
	} else {
		return 0;
	}
	if (j < n && (b[j] == '\\' || b[j] == '\'' || (unsigned char)b[j] >= 0x80)) return 0;
	return (unsigned)(j - i);
}

enum { EXT_OWN, EXT_FIRST_KID, EXT_LAST_KID, EXT_PREFIX_END, EXT_CLOSER, EXT_TOKEN, EXT_ASK };

/* Node i's cursor location, asked once (a location's encoding is unique
 * within the unit, as clang_equalLocations compares it). */
static unsigned node_loc(AstIndex *ix, int i) {
	NodeExtent *x = &ix->ext[i];
	if (!x->have_loc) {
		x->loc = clang_getCursorLocation(VEC_AT(&ix->nodes, AstNode, i).c).int_data;
		x->have_loc = true;
	}
	return x->loc;
}

/* Where node i's begin (want_end false) or end comes from. */
static int extent_rule(AstIndex *ix, int i, bool want_end) {
	const AstNode *n = &VEC_AT(&ix->nodes, AstNode, i);
	switch (n->c.kind) {
	case CXCursor_UnexposedExpr:
		/* an implicit conversion: one child, and libclang gives it the
		 * child's location (a va_arg, say, has its own) */
		if (n->nkids != 1 || node_loc(ix, i) != node_loc(ix, VEC_AT(&ix->kids, int, n->kid0))) return EXT_ASK;
		return want_end ? EXT_LAST_KID : EXT_FIRST_KID;
	case CXCursor_MemberRefExpr:
		if (n->nkids != 1) return EXT_ASK;
		return want_end ? EXT_TOKEN : EXT_FIRST_KID;
	case CXCursor_DeclRefExpr:
	case CXCursor_IntegerLiteral:
	case CXCursor_BreakStmt:
	case CXCursor_ContinueStmt:
		return want_end ? EXT_TOKEN : EXT_OWN;
	case CXCursor_UnaryOperator:
		if (n->nkids != 1) return EXT_ASK;
		return want_end ? EXT_PREFIX_END : EXT_OWN;
	case CXCursor_CallExpr:             /* callee, arguments */
		if (n->nkids < 1) return EXT_ASK;
		return want_end ? EXT_CLOSER : EXT_OWN;
	case CXCursor_ParenExpr:            /* the inner expression */
	case CXCursor_StmtExpr:             /* the block */
		if (n->nkids != 1) return EXT_ASK;
		return want_end ? EXT_CLOSER : EXT_OWN;
	case CXCursor_ArraySubscriptExpr:   /* base, index */
	case CXCursor_DoStmt:               /* body, condition */
		if (n->nkids != 2) return EXT_ASK;
		return want_end ? EXT_CLOSER : EXT_OWN;
	case CXCursor_CompoundStmt:
		return want_end ? EXT_CLOSER : EXT_OWN;
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
	case CXCursor_ConditionalOperator:
	case CXCursor_CStyleCastExpr:
	case CXCursor_ReturnStmt:
	case CXCursor_IfStmt:
	case CXCursor_ForStmt:
	case CXCursor_WhileStmt:
	case CXCursor_SwitchStmt:
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
	case CXCursor_LabelStmt:
		if (n->nkids < 1) return EXT_ASK;
		return want_end ? EXT_LAST_KID : EXT_OWN;
	default:
		return EXT_ASK;
	}
}

static int extent_kid(const AstIndex *ix, const AstNode *n, int rule) {
	return VEC_AT(&ix->kids, int, n->kid0 + (rule == EXT_FIRST_KID ? 0 : n->nkids - 1));
}

/* The file offset of a raw file location, when its file is decoded directly. */
static FileText *direct_offset(Fe *fe, unsigned raw, unsigned *off) {
	if (raw & (1u << 31)) return NULL;
	CXSourceLocation l = {{fe->loc_ptr[0], fe->loc_ptr[1]}, raw};
	FileText *f = loc_file(fe, l, NULL, NULL, off);
	if (!f || !f->direct || !f->buf || *off > f->size || raw != f->base + *off) return NULL;
	return f;
}

/* The identifier or number written in the file at raw location `at`, and
 * its length; NULL when there is none ownck can measure. */
static const char *file_token(Fe *fe, unsigned at, unsigned *len) {
	unsigned off;
	FileText *f = direct_offset(fe, at, &off);
	*len = f && off < f->size ? token_length(f->buf, f->size, off) : 0;
	return *len ? f->buf + off : NULL;
}

/* The end of the one-token node at raw location `at`. */
static bool token_end(Fe *fe, unsigned at, unsigned *end) {
	unsigned n;
	if (!file_token(fe, at, &n)) return false;
	*end = at + n;
	return true;
}

static unsigned extent_side(Fe *fe, int i, bool want_end, int depth);

/* The end of the `)`, `]` or `}` that closes a call, parenthesis,
 * subscript, do-while, statement expression or block: the next token in the
 * file after its last child (for a call without arguments: the callee, then
 * `(`; for a block: the `;` its last statement may leave out of its range,
 * or from the `{` of an empty block), when that child ends with a token
 * written in the file. A token from a macro there, or anything else, and
 * libclang is asked: after a child that ends inside an expansion (NULL's
 * `((void *)0)`), the file's next `)` is not the one that closes it. */
static bool closer_end(Fe *fe, AstIndex *ix, int node, int depth, unsigned *end) {
	const AstNode *n = &VEC_AT(&ix->nodes, AstNode, node);
	bool block = n->c.kind == CXCursor_CompoundStmt;
	unsigned after, off;
	FileText *f;
	if (n->nkids) {
		int kid = extent_kid(ix, n, EXT_LAST_KID);
		after = extent_side(fe, kid, true, depth + 1);
		f = ix->ext[kid].file_end ? direct_offset(fe, after, &off) : NULL;
	} else {   /* an empty block: from its `{` */
		after = node_loc(ix, node);
		f = direct_offset(fe, after, &off);
		if (f && (off >= f->size || f->buf[off] != '{')) return false;
		off++;
	}
	if (!f) return false;
	size_t i = skip_space(f->buf, f->size, off);
	if (n->c.kind == CXCursor_CallExpr && n->nkids == 1) {
		if (i >= f->size || f->buf[i] != '(') return false;
		i = skip_space(f->buf, f->size, i + 1);
	}
	if (block && n->nkids && i < f->size && f->buf[i] == ';') i = skip_space(f->buf, f->size, i + 1);
	char want = block ? '}' : n->c.kind == CXCursor_ArraySubscriptExpr ? ']' : ')';
	if (i >= f->size || f->buf[i] != want) return false;
	*end = f->base + (unsigned)i + 1;
	return true;
}

/* An integer literal's value read from the file, as clang_Cursor_Evaluate
 * gives it (the value itself, in a long long), when it is written there as
 * plain digits with an optional u/l suffix; false (ask clang) for anything
 * else: a macro's, a binary or too-large one, a character. */
bool fe_int_literal(Fe *fe, CXCursor c, long long *v) {
	if (c.kind != CXCursor_IntegerLiteral) return false;
	unsigned n;
	const char *tok = file_token(fe, clang_getCursorLocation(c).int_data, &n);
	char text[72];
	if (!tok || n >= sizeof text || tok[0] < '0' || tok[0] > '9') return false;
	memcpy(text, tok, n);
	text[n] = 0;
	char *end;
	errno = 0;
	unsigned long long u = strtoull(text, &end, 0);
	if (errno || end == text || (text[0] == '0' && (text[1] == 'b' || text[1] == 'B'))) return false;
	for (const char *s = end; *s; s++)
		if (!strchr("uUlL", *s)) return false;
	*v = (long long)u;
	if (fe->check_extents) {   /* the same switch checks these against clang */
		CXEvalResult r = clang_Cursor_Evaluate(c);
		if (!r || clang_EvalResult_getKind(r) != CXEval_Int || clang_EvalResult_getAsLongLong(r) != *v) {
			fprintf(stderr, "ownck: OWNCK_CHECK_EXTENTS: integer literal %s read as %lld, clang says %lld\n", text, *v,
			        r ? clang_EvalResult_getAsLongLong(r) : 0);
			abort();
		}
		clang_EvalResult_dispose(r);
	}
	return true;
}

static void ask_extent(AstIndex *ix, int i) {
	CXSourceRange r = clang_getCursorExtent(VEC_AT(&ix->nodes, AstNode, i).c);
	NodeExtent *x = &ix->ext[i];
	x->begin = r.begin_int_data;
	x->end = r.end_int_data;
	x->have_begin = x->have_end = true;
	x->file_end = false;
}

enum { EXTENT_DEPTH = 64 };   /* past it (calls in calls in ...), libclang is asked */

/* One end of node i. The nodes that take it from a child form a chain (a
 * long else-if or member chain is a long one), followed without recursing;
 * recursion (a closer after its last child, a prefix operator's operand)
 * is bounded by depth. */
static unsigned extent_side(Fe *fe, int i, bool want_end, int depth) {
	AstIndex *ix = &fe->ast;
	Vec *chain = &fe->ext_chain;
	int base = chain->len, j = i;
	for (;;) {
		NodeExtent *x = &ix->ext[j];
		if (want_end ? x->have_end : x->have_begin) break;
		const AstNode *n = &VEC_AT(&ix->nodes, AstNode, j);
		int rule = depth > EXTENT_DEPTH ? EXT_ASK : extent_rule(ix, j, want_end);
		unsigned at = rule == EXT_OWN || rule == EXT_TOKEN || rule == EXT_PREFIX_END ? node_loc(ix, j) : 0;
		/* a prefix operator ends with its operand; a postfix one (it begins
		 * where its operand does) with its own token */
		if (rule == EXT_PREFIX_END && extent_side(fe, extent_kid(ix, n, rule), false, depth + 1) == at) rule = EXT_ASK;
		if (rule == EXT_FIRST_KID || rule == EXT_LAST_KID || rule == EXT_PREFIX_END) {
			*(int *)vec_push(chain) = j;
			j = extent_kid(ix, n, rule);
			continue;
		}
		unsigned end;
		if (rule == EXT_OWN) {
			x->begin = at;
			x->have_begin = true;
		} else if ((rule == EXT_TOKEN && token_end(fe, at, &end)) ||
		           (rule == EXT_CLOSER && closer_end(fe, ix, j, depth, &end))) {
			x->end = end;
			x->have_end = true;
			x->file_end = true;
		} else {
			ask_extent(ix, j);
		}
		break;
	}
	unsigned v = want_end ? ix->ext[j].end : ix->ext[j].begin;
	bool file_end = ix->ext[j].file_end;
	for (int k = base; k < chain->len; k++) {
		NodeExtent *x = &ix->ext[VEC_AT(chain, int, k)];
		if (want_end) x->end = v, x->have_end = true, x->file_end = file_end;
		else x->begin = v, x->have_begin = true;
	}
	chain->len = base;
	return v;
}

/* The function's extent table, ready for extent_side and node_loc (c: any
 * cursor of the unit, for the pointers every location carries). */
static void ext_prepare(Fe *fe, CXCursor c) {
	AstIndex *ix = &fe->ast;
	if (!fe->loc_ptr[0]) keep_loc_ptr(fe, clang_getCursorLocation(c));
	if (ix->ext_cap < ix->nodes.len) {
		free(ix->ext);
		ix->ext_cap = ix->nodes.len;
		ix->ext = xmalloc(sizeof(NodeExtent) * (size_t)ix->ext_cap);
	}
	if (!ix->ext_ready) {
		memset(ix->ext, 0, sizeof(NodeExtent) * (size_t)ix->nodes.len);
		ix->ext_ready = true;
	}
}

bool fe_same_location(Fe *fe, CXCursor a, CXCursor b) {
	AstIndex *ix = &fe->ast;
	int i = ix->built ? ast_find(ix, a) : -1, j = i >= 0 ? ast_find(ix, b) : -1;
	if (j < 0) return clang_equalLocations(clang_getCursorLocation(a), clang_getCursorLocation(b)) != 0;
	ext_prepare(fe, a);
	return node_loc(ix, i) == node_loc(ix, j);   /* one unit's locations differ only in their encoding */
}

static CXSourceRange cursor_extent(Fe *fe, CXCursor c) {
	AstIndex *ix = &fe->ast;
	int i = ix->built ? ast_find(ix, c) : -1;
	if (i < 0) return clang_getCursorExtent(c);
	ext_prepare(fe, c);
	CXSourceRange r = {{fe->loc_ptr[0], fe->loc_ptr[1]}, extent_side(fe, i, false, 0), extent_side(fe, i, true, 0)};
	if (fe->check_extents) {
		CXSourceRange want = clang_getCursorExtent(c);
		if (want.begin_int_data != r.begin_int_data || want.end_int_data != r.end_int_data ||
		    want.ptr_data[0] != r.ptr_data[0] || want.ptr_data[1] != r.ptr_data[1]) {
			CXString k = clang_getCursorKindSpelling(clang_getCursorKind(c));
			unsigned line, col, off;
			FileText *f = loc_file(fe, clang_getCursorLocation(c), &line, &col, &off);
			fprintf(stderr, "ownck: OWNCK_CHECK_EXTENTS: %s at %s:%u:%u: worked out %u-%u, libclang says %u-%u\n",
			        clang_getCString(k), f ? VEC_AT(&fe->u->files, const char *, f->id) : "?", line, col,
			        r.begin_int_data, r.end_int_data, want.begin_int_data, want.end_int_data);
			clang_disposeString(k);
			abort();
		}
	}
	return r;
}

void fe_children(Fe *fe, CXCursor c, Vec *out) {
	AstIndex *ix = &fe->ast;
	int kid0 = -1, nkids = 0;
	if (ix->built && same_cursor(c, ix->root)) {
		kid0 = ix->root_kid0;
		nkids = ix->root_nkids;
	} else if (ix->built) {
		int i = ast_find(ix, c);
		if (i >= 0) {
			kid0 = VEC_AT(&ix->nodes, AstNode, i).kid0;
			nkids = VEC_AT(&ix->nodes, AstNode, i).nkids;
		}
	}
	if (kid0 < 0) {
		clang_visitChildren(c, push_child, out);
		return;
	}
	const AstNode *nodes = ix->nodes.data;
	const int *kids = ix->kids.data;
	for (int k = 0; k < nkids; k++) {
		const AstNode *kid = &nodes[kids[kid0 + k]];
		*(CXCursor *)vec_append(out) = kid->c;
		ix->recent[recent_slot(kid->c)] = kids[kid0 + k];
	}
}

/* c's one child, or c itself when it has none or several. */
static CXCursor only_child(Fe *fe, CXCursor c) {
	AstIndex *ix = &fe->ast;
	int i = ix->built ? ast_find(ix, c) : -1;
	if (i >= 0) {
		const AstNode *n = &VEC_AT(&ix->nodes, AstNode, i);
		return n->nkids == 1 ? VEC_AT(&ix->nodes, AstNode, VEC_AT(&ix->kids, int, n->kid0)).c : c;
	}
	Vec k;
	vec_init(&k, sizeof(CXCursor));
	fe_children(fe, c, &k);
	CXCursor only = k.len == 1 ? VEC_AT(&k, CXCursor, 0) : c;
	vec_free(&k);
	return only;
}

int fe_function_depth(Fe *fe) { return fe->ast.maxdepth; }

static void ast_free(AstIndex *ix) {
	if (ix->nodes.elem) vec_free(&ix->nodes);
	if (ix->kids.elem) vec_free(&ix->kids);
	if (ix->path.elem) vec_free(&ix->path);
	if (ix->parent.elem) vec_free(&ix->parent);
	free(ix->slot);
	free(ix->ext);
	memset(ix, 0, sizeof *ix);
}

/* A big function's lists are not kept for the next, small ones. */
void fe_end_function(Fe *fe) {
	if (fe->ast.nodes.cap > 1 << 16) ast_free(&fe->ast);
	else fe->ast.built = false;
}

/* ---- the AST side: binary operators of the function, in order ---- */

static void add_spot(Fe *fe, Vec *out, CXCursor c, bool unary) {
	CXSourceRange r = raw_extent(fe, c);
	unsigned s, e;
	CXFile f;
	clang_getExpansionLocation(clang_getRangeStart(r), &f, NULL, NULL, &s);
	clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
	FileText *ft = file_text(fe, f);
	OpSpot *o = vec_push(out);
	o->c = c;
	o->start = s;
	o->end = e;
	o->file = ft ? ft->id : -1;
	o->unary = unary;
}

/* Operators in the order their tokens are written: binary ones between
 * their operands, unary ones before their operand, or after it when they
 * begin where it does (x++, (*p).n--: the operand's own operators come
 * first): node i and below. */
static void inorder_ops(Fe *fe, int i, Vec *out, int depth) {
	if (depth > 20000) return;
	const AstIndex *ix = &fe->ast;
	const AstNode *n = &VEC_AT(&ix->nodes, AstNode, i);
	CXCursor c = n->c;
	int nkids = n->nkids, kid0 = n->kid0;
	bool binop = (c.kind == CXCursor_BinaryOperator || c.kind == CXCursor_CompoundAssignOperator) && nkids == 2;
	bool unary = c.kind == CXCursor_UnaryOperator;
	bool postfix = unary && nkids == 1 &&
	               extent_side(fe, i, false, 0) == extent_side(fe, VEC_AT(&ix->kids, int, kid0), false, 0);
	if (unary && !postfix) add_spot(fe, out, c, true);
	for (int k = 0; k < nkids; k++) {
		if (binop && k == 1) add_spot(fe, out, c, false);
		inorder_ops(fe, VEC_AT(&ix->kids, int, kid0 + k), out, depth + 1);
	}
	if (postfix) add_spot(fe, out, c, true);
}

static enum CXChildVisitResult typedef_visitor(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	Fe *fe = data;
	if (clang_getCursorKind(c) == CXCursor_TypedefDecl)
		map_put(&fe->macros->typedefs, scratch_str(fe, clang_getCursorSpelling(c)), (void *)1);
	return CXChildVisit_Continue;
}

static void load_typedefs(Fe *fe) {
	if (fe->macros->have_typedefs) return;
	fe->macros->have_typedefs = true;
	clang_visitChildren(clang_getTranslationUnitCursor(fe->tu), typedef_visitor, fe);
}

/* An object-like macro may expand to a function-like one's name that takes
 * its arguments from the text after it (#define setobj2n setobj, then
 * setobj2n(L, a, b)): the expansion then ends with them. */
static unsigned expansion_end(Fe *fe, const FileText *f, const Expansion *e) {
	if (!f || !f->buf || clang_Cursor_isNull(e->def) || fn_like(fe, e->def)) return e->end;
	unsigned end = invocation_end(f, e->end);
	return end ? end : e->end;
}

/* The index of the token that closes the bracket opened at t[i], or -1. */
static int closing(const Tok *t, int n, int i) {
	const char *open = t[i].s, *close = !strcmp(open, "(") ? ")" : "}";
	for (int depth = 0; i < n; i++) {
		if (!strcmp(t[i].s, open)) depth++;
		else if (!strcmp(t[i].s, close) && --depth == 0) return i;
	}
	return -1;
}

/* An expansion that defines several functions (RB_GENERATE, a GEN(name)
 * writing name_f and name_g): the tokens of the body of the one being
 * lowered, where its operators are (its parameters' declarators are no
 * operators: uv_prepare_t *handle). False when they cannot be found. */
static bool slice_function(Vec *exp, const char *name) {
	Tok *t = exp->data;
	int n = exp->len;
	for (int i = 0; i + 1 < n; i++) {
		if (strcmp(t[i].s, name) != 0 || strcmp(t[i + 1].s, "(") != 0) continue;
		int params = closing(t, n, i + 1), body = params;
		while (body >= 0 && body < n && strcmp(t[body].s, "{") != 0) body++;
		int end = body >= 0 && body < n ? closing(t, n, body) : -1;
		if (end < 0) return false;
		memmove(t, t + body, sizeof(Tok) * (size_t)(end + 1 - body));
		exp->len = end + 1 - body;
		return true;
	}
	return false;
}

/* The name of the function being lowered when the expansion at e writes it
 * whole (its name comes from the macro), else NULL. */
static const char *function_in(Fe *fe, const Expansion *e, unsigned end) {
	CXCursor fn = fe->macros->fn;
	if (clang_Cursor_isNull(fn)) return NULL;
	CXSourceLocation at = clang_getCursorLocation(fn);
	if (!(at.int_data & (1u << 31))) return NULL;   /* named in the file */
	unsigned off;
	CXFile file = expansion_of(fe, at, &off);
	FileText *ft = file ? file_text(fe, file) : NULL;
	if (!ft || ft->id != e->file || off < e->start || off >= end) return NULL;
	return scratch_str(fe, clang_getCursorSpelling(fn));
}

static Alignment *align_expansion(Fe *fe, const FileText *f, const Expansion *e) {
	MacroInfo *mi = fe->macros;
	unsigned end = expansion_end(fe, f, e);
	const char *fname = function_in(fe, e, end);
	char key[96];
	if (fname) snprintf(key, sizeof key, "%d:%u:%s", e->file, e->start, fname);   /* one per function it defines */
	else snprintf(key, sizeof key, "%d:%u:%u", e->file, e->start, e->range.begin_int_data);   /* and per inclusion */
	Alignment *al = map_get(&mi->aligned, key);
	if (al) return al;
	al = ARENA_NEW(&fe->scratch, Alignment);
	map_put(&mi->aligned, arena_strdup(&fe->scratch, key), al);
	if (!mi->have_ops) {   /* mi->fn is the function the index holds (fe_begin_function) */
		mi->have_ops = true;
		if (fe->ast.built) ext_prepare(fe, mi->fn);
		for (int k = 0; fe->ast.built && k < fe->ast.root_nkids; k++)
			inorder_ops(fe, VEC_AT(&fe->ast.kids, int, fe->ast.root_kid0 + k), &mi->ops, 1);
	}
	Vec ops, uops, inv, exp, kinds, ukinds;
	vec_init(&ops, sizeof(CXCursor));
	vec_init(&uops, sizeof(CXCursor));
	vec_init(&inv, sizeof(Tok));
	vec_init(&exp, sizeof(Tok));
	vec_init(&kinds, sizeof(OpKind));
	vec_init(&ukinds, sizeof(OpKind));
	for (int i = 0; i < mi->ops.len; i++) {
		OpSpot *o = &VEC_AT(&mi->ops, OpSpot, i);
		if (o->file == e->file && o->start >= e->start && o->start < end && o->end >= e->start && o->end <= end)
			*(CXCursor *)vec_push(o->unary ? &uops : &ops) = o->c;
	}
	CXSourceRange range = e->range;
	range.end_int_data = e->range.end_int_data + (end - e->end);
	tokens_of(fe, range, &inv);
	Expander x = {fe, 0, false, e->seq};
	expand_tokens(&x, inv.data, inv.len, &exp, 0);
	if (fname && !x.failed && !slice_function(&exp, fname)) x.failed = true;
	bool classified = !x.failed && classify(fe, exp.data, exp.len, &kinds, &ukinds, false);
	if (classified && kinds.len != ops.len) {
		/* An expansion may stand for several arguments of a call (Lua's
		 * luac.c: #define S(x) (int)(x),SS(x), in printf("%d%s", S(n))): its
		 * top-level commas then separate them, and the AST has no operator
		 * there. Read so, the count must match exactly; a comma operator
		 * read as a separator would be missing from it. */
		Vec k2, u2;
		vec_init(&k2, sizeof(OpKind));
		vec_init(&u2, sizeof(OpKind));
		bool as_args = classify(fe, exp.data, exp.len, &k2, &u2, true) && k2.len == ops.len;
		vec_free(as_args ? &kinds : &k2);
		vec_free(as_args ? &ukinds : &u2);
		if (as_args) kinds = k2, ukinds = u2;
	}
	if (getenv("OWNCK_DEBUG_OPS")) {
		fprintf(stderr, "align %s:%u: %d tokens, binary %d/%d, unary %d/%d (AST/tokens)%s:",
		        VEC_AT(&fe->u->files, const char *, e->file), e->start, exp.len, ops.len, kinds.len, uops.len,
		        ukinds.len, x.failed ? " (expansion failed)" : "");
		for (int i = 0; i < exp.len && i < 200; i++) fprintf(stderr, " %s", VEC_AT(&exp, Tok, i).s);
		fputc('\n', stderr);
	}
	if (classified && kinds.len == ops.len) {
		al->n = kinds.len;
		al->kinds = arena_memdup(&fe->scratch, kinds.data, sizeof(OpKind) * (size_t)kinds.len);
		al->ops = arena_memdup(&fe->scratch, ops.data, sizeof(CXCursor) * (size_t)ops.len);
	}
	if (classified && ukinds.len == uops.len) {
		al->nu = ukinds.len;
		al->ukinds = arena_memdup(&fe->scratch, ukinds.data, sizeof(OpKind) * (size_t)ukinds.len);
		al->uops = arena_memdup(&fe->scratch, uops.data, sizeof(CXCursor) * (size_t)uops.len);
	}
	vec_free(&ops);
	vec_free(&uops);
	vec_free(&inv);
	vec_free(&exp);
	vec_free(&kinds);
	vec_free(&ukinds);
	return al;
}

/* The operator kind the expansion's tokens give op, or OPK_UNKNOWN. */
static OpKind aligned_kind(Fe *fe, CXCursor op, Pos po) {
	if (!po.f || clang_Cursor_isNull(fe->macros ? fe->macros->fn : clang_getNullCursor())) return OPK_UNKNOWN;
	unsigned eoff;
	expansion_of(fe, clang_getRangeStart(raw_extent(fe, op)), &eoff);
	const Expansion *e = expansion_at(fe, po.f->id, eoff), *first = fe->macros->exps.data;
	while (e) {   /* the outermost one around it, in this function's inclusion of the file */
		const Expansion *a = first_twin(fe, e);   /* past e's twins from other inclusions (brotli's *_inc.h) */
		if (a == first || a[-1].file != e->file || a[-1].start > eoff || eoff >= a[-1].end) break;
		e = this_inclusion(fe, a - 1);
	}
	if (!e) return OPK_UNKNOWN;
	Alignment *al = align_expansion(fe, po.f, e);
	bool unary = clang_getCursorKind(op) == CXCursor_UnaryOperator;
	for (int i = 0; i < (unary ? al->nu : al->n); i++)
		if (clang_equalCursors(unary ? al->uops[i] : al->ops[i], op)) return unary ? al->ukinds[i] : al->kinds[i];
	return OPK_UNKNOWN;
}

void fe_begin_function(Fe *fe, CXCursor fn) {
	ast_build(&fe->ast, fn);
	MacroInfo *mi = macro_info(fe);
	mi->fn = fn;
	mi->have_ops = false;
	mi->ops.len = 0;
}

static const uint64_t ARITH_CLASS =
	BIT(OPK_LT) | BIT(OPK_GT) | BIT(OPK_LE) | BIT(OPK_GE) | BIT(OPK_MUL) | BIT(OPK_DIV) |
	BIT(OPK_MOD) | BIT(OPK_SHL) | BIT(OPK_SHR) | BIT(OPK_AND) | BIT(OPK_OR) | BIT(OPK_XOR);

static bool is_ptrish(CXType t) {
	t = strip_type(t);
	return t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
	       t.kind == CXType_VariableArray;
}

/* An operator that could not be read: counted (--stats), lowered
 * conservatively, and with OWNCK_DEBUG_OPS=1 shown with what was left. */
static OpKind unknown_op(Fe *fe, CXCursor op, const char *what, const char *left, uint64_t bits) {
	if (getenv("OWNCK_DEBUG_OPS")) {
		SrcRange r = fe_extent(fe, op);
		fprintf(stderr, "unknown %s at %s:%d:%d %s=%llx\n", what, VEC_AT(&fe->u->files, const char *, r.file), r.line,
		        r.col, left, (unsigned long long)bits);
	}
	fe->u->stats.operators_unknown++;
	return OPK_UNKNOWN;
}

static OpKind decide(Fe *fe, uint64_t cands, bool pointers, CXCursor op) {
	if (cands && !(cands & (cands - 1))) {
		for (int k = 0; k < OPK_COUNT; k++)
			if (cands == BIT(k)) return (OpKind)k;
	}
	uint64_t harmless = ARITH_CLASS;
	if (!pointers) harmless |= BIT(OPK_EQ) | BIT(OPK_NE) | BIT(OPK_ADD) | BIT(OPK_SUB);
	if (cands && !(cands & ~harmless)) return OPK_ARITH;
	return unknown_op(fe, op, "op", "cands", cands);
}

/* The end of the directive line that goes on at e: its continuations and
 * the comments in it belong to it. */
static size_t directive_end(const char *b, size_t n, size_t e) {
	bool line_comment = false;
	for (; e < n && b[e] != '\n'; e++) {
		if (b[e] == '\\' && e + 1 < n && b[e + 1] == '\n') e++;
		else if (b[e] == '\\' && e + 2 < n && b[e + 1] == '\r' && b[e + 2] == '\n') e += 2;
		else if (!line_comment && b[e] == '/' && e + 1 < n && b[e + 1] == '/') line_comment = true;
		else if (!line_comment && b[e] == '/' && e + 1 < n && b[e + 1] == '*') {
			const char *close = memmem(b + e + 2, n - e - 2, "*/", 2);
			if (!close) return n;
			e = (size_t)(close - b) + 1;
		}
	}
	return e;
}

/* l's offset in f, when l is a location in f: decoded in place, so that
 * reading f's inactive branches registers no file (fe->files stays put). */
static bool offset_in(const FileText *f, CXSourceLocation l, unsigned *off) {
	if (direct_in(f, l.ptr_data[0], l.int_data)) {
		*off = l.int_data - f->base;
		return true;
	}
	CXFile file;
	clang_getFileLocation(l, &file, NULL, NULL, off);
	return file && clang_File_isEqual(file, f->file);
}

/* f's inactive branches, once. */
static void read_skipped(Fe *fe, FileText *f) {
	f->skipped_read = true;
	CXSourceRangeList *l = clang_getSkippedRanges(fe->tu, f->file);
	if (!l) return;
	unsigned *pairs = arena_raw(&fe->scratch, sizeof(unsigned) * 2 * (l->count ? l->count : 1));
	int n = 0;
	for (unsigned k = 0; k < l->count; k++) {
		unsigned o1, o2;
		if (!offset_in(f, clang_getRangeStart(l->ranges[k]), &o1) || !offset_in(f, clang_getRangeEnd(l->ranges[k]), &o2) ||
		    o1 > o2)
			continue;
		pairs[2 * n] = o1;
		pairs[2 * n + 1] = o2;
		n++;
	}
	f->skipped = pairs;
	f->nskipped = n;
	clang_disposeSourceRangeList(l);
}

/* The inactive branch that begins with the directive whose # is at off
 * (clang_getSkippedRanges lists them in order), or -1. */
static int skipped_at(const FileText *f, unsigned off) {
	int lo = 0, hi = f->nskipped - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (f->skipped[2 * mid] == off) return mid;
		if (f->skipped[2 * mid] < off) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/* skip_space, and what else is no token between two operands: lines of
 * conditional directives (#if, #ifdef, #ifndef, #elif, #else, #endif) and
 * of #define and #undef, continued and commented, and the inactive branches
 * the conditionals begin (read on the first directive met). Any other
 * directive (an #include) stops the scan. */
static size_t skip_to_token(Fe *fe, FileText *f, size_t i) {
	static const char *const conds[] = {"if", "ifdef", "ifndef", "elif", "else", "endif", "define", "undef", NULL};
	const char *b = f->buf;
	size_t n = f->size;
	for (;;) {
		i = skip_space(b, n, i);
		if (i >= n || b[i] != '#') return i;
		size_t k = i;   /* the # must begin a line: spaces only before it, no continuation */
		while (k > 0 && (b[k - 1] == ' ' || b[k - 1] == '\t')) k--;
		if (k > 0 && (b[k - 1] != '\n' || (k > 1 && b[k - 2] == '\\') ||
		              (k > 2 && b[k - 2] == '\r' && b[k - 3] == '\\')))
			return i;
		size_t w = i + 1;
		while (w < n && (b[w] == ' ' || b[w] == '\t')) w++;
		size_t e = w;
		while (e < n && ident_char((unsigned char)b[e])) e++;
		bool cond = false;
		for (const char *const *c = conds; *c && !cond; c++) cond = strlen(*c) == e - w && !memcmp(b + w, *c, e - w);
		if (!cond) return i;
		if (!f->skipped_read) read_skipped(fe, f);
		int s = skipped_at(f, (unsigned)i);
		i = directive_end(b, n, s >= 0 ? f->skipped[2 * s + 1] : e);
	}
}

/* The binary operator written in the file between the end of a left
 * operand (pl) and the start of a right one (pr), alone but for spaces,
 * comments and what skip_to_token passes over; its position
 * in *at. NULL for anything else. A left operand whose last token came from
 * a macro can end, as libclang decodes it, where the macro is named (the
 * token went through another macro's argument: EP_A|EP_B inside
 * ExprHasProperty(p, EP_A|EP_B)) or in the macro's last argument
 * (GLOBAL(T, v) == p): the text goes on after the invocation, as the tokens
 * do. Were the operator inside the macro, the right operand would begin
 * there too, before the invocation's end: no answer. Likewise a right
 * operand that begins with a macro's first argument begins, for the text,
 * where the macro is named: what the macro's body puts before that
 * argument would stand between the operator and the operand. */
static const Punct *written_between(Fe *fe, Pos pl, Pos pr, size_t *at) {
	if (!pl.f || pl.f != pr.f || !pl.f->buf || pl.off > pr.off || pr.off > pl.f->size) return NULL;
	for (int hop = 0; hop < 8; hop++) {
		size_t i = skip_to_token(fe, pl.f, pl.off);
		const Punct *p = lex_punct(pl.f->buf, pl.f->size, i);
		if (p && p->bin && skip_to_token(fe, pl.f, i + strlen(p->s)) == pr.off) {
			*at = i;
			return p;
		}
		/* the left operand's last token is the last a macro gives: named at
		 * pl, or its last argument's, closed by the `)` that follows */
		const Expansion *e = expansion_at(fe, pl.f->id, pl.off);
		size_t j = skip_space(pl.f->buf, pl.f->size, pl.off);
		if (e && e->end <= pr.off &&
		    (e->start == pl.off || (e->start < pl.off && j + 1 == e->end && pl.f->buf[j] == ')'))) {
			pl.off = e->end;
			continue;
		}
		/* the right operand's first token is the first a macro gives: its
		 * first argument's, right after the `(` (base == l_mathop(2.0)) */
		e = expansion_around(fe, pr.f->id, pr.off, true);   /* not one named at pr: the one whose argument it is */
		if (!e || e->start < pl.off) return NULL;
		size_t k = e->start;
		while (k < pr.f->size && ident_char((unsigned char)pr.f->buf[k])) k++;
		k = skip_space(pr.f->buf, pr.f->size, k);
		if (k >= pr.f->size || pr.f->buf[k] != '(' || skip_space(pr.f->buf, pr.f->size, k + 1) != pr.off) return NULL;
		pr.off = e->start;
	}
	return NULL;
}

/* The operators of the bodies of the macros named where the left operand
 * ends and the right one begins, when nothing but such a name stands
 * between them in the file: the operator is in one of those bodies. An
 * operator beginning a body (64 KB, with #define KB *(1 << 10)), or both
 * operands in one (n * NANOSEC, #define NANOSEC 1*1000000000ULL: n * 1 is
 * the left operand of the second *). */
static uint64_t straddled_mask(Fe *fe, Pos pl, Pos pr) {
	if (!pl.f || pl.f != pr.f || !pl.f->buf || pr.off > pl.f->size) return 0;
	if (pl.off > pr.off) {
		/* the right operand begins in a body (its tokens are placed where the
		 * macro is named) and the left one ends inside the same invocation: in
		 * the body too, or in an argument (M(X) with #define M(p) (p+1): X's
		 * x is placed where X is written) */
		const Expansion *e = expansion_at(fe, pr.f->id, pr.off);
		return e && e->start == pr.off && pl.off <= e->end ? macro_mask_at(fe, pr) : 0;
	}
	if (skip_to_token(fe, pl.f, pl.off) != pr.off) return 0;
	return macro_mask_at(fe, pl) | macro_mask_at(fe, pr);
}

OpKind fe_binary_op(Fe *fe, CXCursor op, CXCursor lhs, CXCursor rhs) {
	fe->u->stats.operators++;
	Pos pl = pos_of(fe, clang_getRangeEnd(raw_extent(fe, lhs)));
	Pos pr = pos_of(fe, clang_getRangeStart(raw_extent(fe, rhs)));
	Pos po = pos_of(fe, clang_getRangeStart(raw_extent(fe, op)));
	bool in_macro = pl.macro || pr.macro || po.macro;
	uint64_t text = 0;
	size_t i;
	const Punct *p = written_between(fe, pl, pr, &i);
	if (p && p->bin != OPK_ASSIGN) {
		/* Written in the file between the operands' tokens: the operator
		 * (a comma there may instead separate a macro's arguments). */
		if (!in_macro || p->bin != OPK_COMMA) return p->bin;
		const Expansion *e = expansion_at(fe, pl.f->id, (unsigned)i);
		if (e && !separates_arguments(pl.f, e, (unsigned)i)) text = BIT(OPK_COMMA);
	}
	/* Inside a macro body: what the types allow, among what the macros spell. */
	CXType lt = clang_getCursorType(lhs), rt = clang_getCursorType(rhs), t = clang_getCursorType(op);
	bool lp = is_ptrish(lt), rp = is_ptrish(rt);
	uint64_t cands;
	if (strip_type(t).kind == CXType_Pointer)
		cands = BIT(OPK_ADD) | BIT(OPK_SUB) | (rp ? BIT(OPK_COMMA) : 0);
	else if (lp && rp)
		cands = BIT(OPK_EQ) | BIT(OPK_NE) | BIT(OPK_LT) | BIT(OPK_GT) | BIT(OPK_LE) | BIT(OPK_GE) |
		        BIT(OPK_LAND) | BIT(OPK_LOR) | BIT(OPK_SUB) | BIT(OPK_COMMA);
	else if (lp || rp)
		cands = BIT(OPK_EQ) | BIT(OPK_NE) | BIT(OPK_LT) | BIT(OPK_GT) | BIT(OPK_LE) | BIT(OPK_GE) |
		        BIT(OPK_LAND) | BIT(OPK_LOR) | BIT(OPK_COMMA);
	else
		cands = ARITH_CLASS | BIT(OPK_EQ) | BIT(OPK_NE) | BIT(OPK_ADD) | BIT(OPK_SUB) |
		        BIT(OPK_LAND) | BIT(OPK_LOR) | BIT(OPK_COMMA);
	uint64_t spelled = text | macro_mask_at(fe, po) | (pl.macro ? macro_mask_at(fe, pl) : 0);
	uint64_t left = cands & spelled;
	if (!left) left = cands & straddled_mask(fe, pl, pr);
	if (!left) left = cands & invocation_mask(fe, po);   /* none of the bodies spells one */
	if (!left && in_macro) left = cands & enclosing_mask(fe, po);
	if (left && (left & (left - 1)) && !(left & ~(ARITH_CLASS | (lp || rp ? 0 : BIT(OPK_EQ) | BIT(OPK_NE) | BIT(OPK_ADD) | BIT(OPK_SUB))))) {
		return OPK_ARITH;   /* any of them: the difference does not matter */
	}
	if (left && (left & (left - 1))) {
		OpKind k = aligned_kind(fe, op, po);
		if (k != OPK_UNKNOWN && (cands & BIT(k))) return k;
	}
	return decide(fe, left, lp || rp, op);
}

bool fe_written_assignment(Fe *fe, CXCursor lhs, CXCursor rhs) {
	Pos pl = pos_of(fe, clang_getRangeEnd(raw_extent(fe, lhs)));
	Pos pr = pos_of(fe, clang_getRangeStart(raw_extent(fe, rhs)));
	size_t i;
	const Punct *p = written_between(fe, pl, pr, &i);
	return p && p->bin == OPK_ASSIGN;
}

OpKind fe_compound_op(Fe *fe, CXCursor op, CXCursor lhs, CXCursor rhs) {
	fe->u->stats.operators++;   /* counted as unknown_op counts it unrecovered */
	Pos pl = pos_of(fe, clang_getRangeEnd(raw_extent(fe, lhs)));
	Pos pr = pos_of(fe, clang_getRangeStart(raw_extent(fe, rhs)));
	if (!pl.macro && !pr.macro && pl.f && pl.f == pr.f && pl.f->buf && pl.off <= pr.off) {
		size_t i = skip_space(pl.f->buf, pl.f->size, pl.off);
		const Punct *p = lex_punct(pl.f->buf, pl.f->size, i);
		if (!p && i < pr.off && ident_char((unsigned char)pl.f->buf[i])) {
			/* D_p += c with D_p a macro whose body names another (screen's
			 * #define D_p DISPLAY(d_p)): the left side ends where it is named */
			while (i < pr.off && ident_char((unsigned char)pl.f->buf[i])) i++;
			p = lex_punct(pl.f->buf, pl.f->size, skip_space(pl.f->buf, pl.f->size, i));
		}
		if (p && (p->bin == OPK_ADD_ASSIGN || p->bin == OPK_SUB_ASSIGN || p->bin == OPK_OTHER_ASSIGN))
			return p->bin;
	}
	if (!is_ptrish(clang_getCursorType(lhs))) return OPK_OTHER_ASSIGN;
	/* a pointer takes += or -= only, each a token of its own (a + or a -
	 * elsewhere in the body says nothing about it) */
	Pos po = pos_of(fe, clang_getRangeStart(raw_extent(fe, op)));
	uint64_t m = macro_mask_at(fe, po);
	bool add = m & BIT(OPK_ADD_ASSIGN), sub = m & BIT(OPK_SUB_ASSIGN);
	if (add && !sub) return OPK_ADD_ASSIGN;
	if (sub && !add) return OPK_SUB_ASSIGN;
	if (add && sub) {   /* libyaml's SKIP_LINE: p += w beside n -= w */
		OpKind k = aligned_kind(fe, op, po);
		if (k == OPK_ADD_ASSIGN || k == OPK_SUB_ASSIGN) return k;
	}
	return unknown_op(fe, op, "compound assignment", "mask", m);
}

static bool same_type(CXType a, CXType b) {
	return clang_equalTypes(clang_getCanonicalType(a), clang_getCanonicalType(b)) != 0;
}

/* The same type but for qualifiers: ++n on a volatile int is an int. */
bool fe_same_unqualified(CXType a, CXType b) {
	if (same_type(a, b)) return true;
	CXType ca = clang_getCanonicalType(a), cb = clang_getCanonicalType(b);
	if (ca.kind != cb.kind) return false;
	if (ca.kind == CXType_Pointer) return same_type(clang_getPointeeType(ca), clang_getPointeeType(cb));
	if (ca.kind == CXType_Record || ca.kind == CXType_Enum)
		return clang_equalCursors(clang_getTypeDeclaration(ca), clang_getTypeDeclaration(cb)) != 0;
	return ca.kind >= CXType_FirstBuiltin && ca.kind <= CXType_LastBuiltin;
}

OpKind fe_unary_op(Fe *fe, CXCursor op, CXCursor operand) {
	fe->u->stats.operators++;
	Pos ps = pos_of(fe, clang_getRangeStart(raw_extent(fe, op)));
	Pos pa = pos_of(fe, clang_getRangeStart(raw_extent(fe, operand)));
	Pos pe = pos_of(fe, clang_getRangeEnd(raw_extent(fe, operand)));
	if (!ps.macro && !pa.macro && !pe.macro && ps.f && ps.f == pa.f && ps.f->buf) {
		const char *b = ps.f->buf;
		size_t n = ps.f->size;
		if (ps.off < pa.off) {   /* prefix */
			const Punct *p = lex_punct(b, n, ps.off);
			if (p && p->un) return p->un;
			if (ps.off + 13 <= n && !memcmp(b + ps.off, "__extension__", 13)) return OPK_EXTENSION;
			if (ps.off + 8 <= n && !memcmp(b + ps.off, "__real__", 8)) return OPK_REAL;
			if (ps.off + 8 <= n && !memcmp(b + ps.off, "__imag__", 8)) return OPK_IMAG;
		} else {
			size_t i = skip_space(b, n, pe.off);
			const Punct *p = lex_punct(b, n, i);
			if (!p || !p->un) {
				/* D_x++ with D_x a macro whose body names another (screen's
				 * #define D_x DISPLAY(d_x)): the operand ends where it is named,
				 * the operator is what the expression's extent ends with */
				Pos po = pos_of(fe, clang_getRangeEnd(raw_extent(fe, op)));
				if (!po.macro && po.f == ps.f && po.off >= pe.off + 2 && po.off <= n &&
				    (!memcmp(b + po.off - 2, "++", 2) || !memcmp(b + po.off - 2, "--", 2)))
					p = lex_punct(b, n, po.off - 2);
			}
			if (p && p->un == OPK_PREINC) return OPK_POSTINC;
			if (p && p->un == OPK_PREDEC) return OPK_POSTDEC;
		}
	} else if (ps.f && ps.f == pa.f && ps.f->buf && ps.off < pa.off && ps.off < ps.f->size) {
		/* A prefix operator written in a macro's argument (assert(!p)):
		 * where it and its operand's first token are spelled in the file,
		 * the operator token with nothing but space before that one. (A
		 * token of a macro body decodes to where the macro is named: a
		 * name, never a punctuator.) */
		const Punct *p = lex_punct(ps.f->buf, ps.f->size, ps.off);
		if (p && p->un && skip_space(ps.f->buf, ps.f->size, ps.off + strlen(p->s)) == pa.off) return p->un;
	}
	/* By types, then by the macro's spelling. */
	CXType t = clang_getCursorType(op), at = clang_getCursorType(operand);
	CXType st = strip_type(t), sat = strip_type(at);
	if (st.kind == CXType_Pointer && same_type(clang_getPointeeType(st), at)) return OPK_ADDR;
	if (sat.kind == CXType_Pointer && same_type(clang_getPointeeType(sat), t)) return OPK_DEREF;
	uint64_t m = macro_mask_at(fe, ps);
	/* __extension__ in a macro body (cast_func in Lua's loadlib.c): the only
	 * operator there that keeps its operand's type */
	const uint64_t same_typed = BIT(OPK_PREINC) | BIT(OPK_PREDEC) | BIT(OPK_POSTINC) | BIT(OPK_POSTDEC) |
	                            BIT(OPK_NEG) | BIT(OPK_PLUS) | BIT(OPK_BITNOT) | BIT(OPK_NOT);
	if ((m & BIT(OPK_EXTENSION)) && !(m & same_typed) && same_type(t, at)) return OPK_EXTENSION;
	/* ++ and -- take an lvalue, never wrapped in an implicit conversion;
	 * parentheses around an rvalue, as in !(a & b), do not make one */
	CXCursor in = operand;
	while (clang_getCursorKind(in) == CXCursor_ParenExpr) {
		CXCursor only = only_child(fe, in);
		if (clang_equalCursors(only, in)) break;
		in = only;
	}
	enum CXCursorKind ok = clang_getCursorKind(in);
	bool lvalue = ok == CXCursor_DeclRefExpr || ok == CXCursor_MemberRefExpr || ok == CXCursor_ArraySubscriptExpr ||
	              ok == CXCursor_UnaryOperator;
	if (fe_same_unqualified(t, at) && lvalue) {   /* ++ or -- */
		uint64_t c = m & (BIT(OPK_PREINC) | BIT(OPK_PREDEC));
		if (c == BIT(OPK_PREINC)) return OPK_PREINC;
		if (c == BIT(OPK_PREDEC)) return OPK_PREDEC;
	}
	if (sat.kind == CXType_Pointer && !same_type(t, at)) return OPK_NOT;
	if (sat.kind != CXType_Pointer) {
		uint64_t c = m & (BIT(OPK_NOT) | BIT(OPK_NEG) | BIT(OPK_PLUS) | BIT(OPK_BITNOT));
		/* ! gives int whatever it negates; - ~ + keep their operand's (promoted) type */
		bool int_result = st.kind == CXType_Int;
		if (!same_type(t, at) && int_result && (c & BIT(OPK_NOT)) && sat.kind != CXType_Short &&
		    sat.kind != CXType_Char_S && sat.kind != CXType_Char_U && sat.kind != CXType_SChar &&
		    sat.kind != CXType_UChar && sat.kind != CXType_UShort && sat.kind != CXType_Bool)
			return OPK_NOT;
		if (same_type(t, at) && !int_result) c &= ~BIT(OPK_NOT);
		for (int k = OPK_NOT; k <= OPK_BITNOT; k++)
			if (c == BIT(k)) return (OpKind)k;
		if (c && !(c & BIT(OPK_NOT))) return OPK_ARITH;
	}
	{
		OpKind k = aligned_kind(fe, op, ps);
		bool fits = k == OPK_NOT || k == OPK_NEG || k == OPK_PLUS || k == OPK_BITNOT ? sat.kind != CXType_Pointer || k == OPK_NOT
		          : k == OPK_PREINC || k == OPK_PREDEC || k == OPK_POSTINC || k == OPK_POSTDEC ? lvalue && fe_same_unqualified(t, at)
		          : k == OPK_EXTENSION ? same_type(t, at)
		          : false;
		if (fits) return k;
	}
	return unknown_op(fe, op, "unary op", "mask", m);
}

/* ---- models ---- */

typedef struct ModelScan { Fe *fe; Map *into; CXFile file; } ModelScan;

static enum CXChildVisitResult model_visitor(CXCursor c, CXCursor parent, CXClientData data) {
	(void)parent;
	ModelScan *ms = data;
	if (clang_getCursorKind(c) != CXCursor_FunctionDecl) return CXChildVisit_Continue;
	CXFile f;
	clang_getFileLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
	if (!f || !clang_File_isEqual(f, ms->file)) return CXChildVisit_Continue;
	Signature *s = signature_of(ms->fe, c, true, false);
	map_put(ms->into, s->name, s);
	return CXChildVisit_Continue;
}

static void collect_clang_errors(CXTranslationUnit tu, Vec *out, Arena *a) {
	unsigned n = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation |
			                                       CXDiagnostic_DisplayColumn | CXDiagnostic_DisplayOption);
			*(const char **)vec_push(out) = arena_strdup(a, clang_getCString(s));
			clang_disposeString(s);
		}
		clang_disposeDiagnostic(d);
	}
}

static int build_args(const FrontendConfig *cfg, const char **argv, int max, const char *const *extra, int nextra) {
	int n = 0;
	argv[n++] = "-D__OWNCK__";
	argv[n++] = "-I";
	argv[n++] = cfg->include_dir;
	if (cfg->resource_dir && *cfg->resource_dir) {
		argv[n++] = "-resource-dir";
		argv[n++] = cfg->resource_dir;
	}
	/* ownck reads only clang's errors; with warnings off clang also skips the
	 * analyses behind them (a CFG per function for -Wreturn-type, format
	 * strings...): a tenth of sqlite3.c's parse. A -Werror of the project's
	 * then has nothing to turn into an error, as compdb.c already drops it. */
	argv[n++] = "-w";
	/* Warnings that clang makes errors by default from 15 on (int-conversion)
	 * and 16 on (the other three), where GCC and clang 14 only warn: with
	 * them back to warnings, which -w silences, a file libclang 14 analyzes
	 * is analyzed with 15 and 16 too. */
	argv[n++] = "-Wno-error=int-conversion";
	argv[n++] = "-Wno-error=incompatible-function-pointer-types";
	argv[n++] = "-Wno-error=implicit-function-declaration";
	argv[n++] = "-Wno-error=implicit-int";
	for (int i = 0; i < nextra && n < max; i++) argv[n++] = extra[i];
	return n;
}

static void record_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data);

/* Parses model header `path` into `into`; m->u->deps gets the files it read. */
static void parse_model(CXIndex index, const FrontendConfig *cfg, const char *path, Model *m, Map *into, Vec *errors) {
	const char *argv[16];
	int argc = build_args(cfg, argv, 16, NULL, 0);
	argv[argc++] = "-xc";
	CXTranslationUnit tu = NULL;
	enum CXErrorCode rc = clang_parseTranslationUnit2(index, path, argv, argc, NULL, 0,
	                                                  CXTranslationUnit_SkipFunctionBodies, &tu);
	Vec errs;
	vec_init(&errs, sizeof(const char *));
	if (rc == CXError_Success) collect_clang_errors(tu, &errs, &m->u->arena);
	if (rc != CXError_Success || errs.len) {
		char *msg = xmalloc(strlen(path) + 512);
		sprintf(msg, "cannot read model '%s'%s%s", path, errs.len ? ": " : "", errs.len ? VEC_AT(&errs, const char *, 0) : "");
		msg[strlen(path) + 500] = 0;
		*(char **)vec_push(errors) = msg;
	} else {
		Fe fe = {0};
		fe.u = m->u;
		fe.tu = tu;
		fe.last_file = -1;
		vec_init(&fe.files, sizeof(FileText));
		ModelScan ms = {&fe, into, clang_getFile(tu, path)};
		clang_visitChildren(clang_getTranslationUnitCursor(tu), model_visitor, &ms);
		free_files(&fe);
		ptrmap_free(&fe.noreturn_types);
		arena_free(&fe.scratch);
		m->u->deps.len = 0;
		clang_getInclusions(tu, record_inclusion, m->u);   /* the header itself, then what it includes */
	}
	vec_free(&errs);
	if (tu) clang_disposeTranslationUnit(tu);
}

/* What besides the files read decides a model's signatures: libclang and the arguments. */
static char *model_salt(const FrontendConfig *cfg) {
	const char *argv[16];
	int argc = build_args(cfg, argv, 16, NULL, 0);
	CXString v = clang_getClangVersion();
	size_t n = strlen(clang_getCString(v)) + 16;
	for (int i = 0; i < argc; i++) n += strlen(argv[i]) + 1;
	char *salt = xmalloc(n);
	strcpy(salt, clang_getCString(v));
	clang_disposeString(v);
	for (int i = 0; i < argc; i++) strcat(strcat(salt, "\n"), argv[i]);
	return salt;
}

/* OWNCK_CHECK_MODEL_CACHE=1: the signatures read from the cache are the
 * ones parsing gives, or ownck aborts (testsuite/cli/model_cache.sh). */
static void check_cached_model(CXIndex index, const FrontendConfig *cfg, Model *m) {
	Map parsed;
	map_init(&parsed);
	Vec errs;
	vec_init(&errs, sizeof(char *));
	parse_model(index, cfg, cfg->model_paths[0], m, &parsed, &errs);
	bool same = !errs.len && parsed.len == m->sigs.len;
	for (int i = 0; same && i < parsed.cap; i++) {
		if (!parsed.keys[i]) continue;
		const Signature *c = map_get(&m->sigs, parsed.keys[i]);
		same = c && modelcache_same_signature(c, parsed.vals[i]);
		if (!same) fprintf(stderr, "ownck: OWNCK_CHECK_MODEL_CACHE: %s differs\n", parsed.keys[i]);
	}
	if (!same) {
		fprintf(stderr, "ownck: OWNCK_CHECK_MODEL_CACHE: the cached model is not the parsed one\n");
		abort();
	}
	for (int i = 0; i < errs.len; i++) free(VEC_AT(&errs, char *, i));
	vec_free(&errs);
	map_free(&parsed);
}

Model *model_load(const FrontendConfig *cfg, Vec *errors) {
	double t0 = stats_now();
	Model *m = xcalloc(1, sizeof(Model));
	m->u = unit_new("<models>");
	map_init(&m->sigs);
	CXIndex index = clang_createIndex(0, 0);
	char *salt = cfg->model_cache && cfg->nmodels ? model_salt(cfg) : NULL;
	for (int i = 0; i < cfg->nmodels; i++) {
		const char *path = cfg->model_paths[i];
		if (i == 0 && salt &&
		    modelcache_read(cfg->model_cache, path, salt, &m->u->arena, &m->sigs, m->cache_miss, sizeof m->cache_miss)) {
			m->from_cache = true;
			const char *check = getenv("OWNCK_CHECK_MODEL_CACHE");
			if (check && !strcmp(check, "1")) check_cached_model(index, cfg, m);
			continue;
		}
		int nerr = errors->len;
		parse_model(index, cfg, path, m, &m->sigs, errors);
		if (i == 0 && salt && errors->len == nerr) modelcache_write(cfg->model_cache, path, salt, &m->u->deps, &m->sigs);
	}
	free(salt);
	clang_disposeIndex(index);
	m->seconds = stats_now() - t0;
	return m;
}

void model_stats(const Model *m, int *signatures, bool *from_cache, double *seconds, const char **why) {
	*signatures = m->sigs.len;
	*from_cache = m->from_cache;
	*seconds = m->seconds;
	*why = m->cache_miss;
}

void model_free(Model *m) {
	if (!m) return;
	map_free(&m->sigs);
	unit_free(m->u);
	free(m);
}

/* ---- the front end proper ---- */

Frontend *frontend_new(const FrontendConfig *cfg, const Model *m) {
	Frontend *fe = xcalloc(1, sizeof(Frontend));
	fe->index = clang_createIndex(0, 0);
	fe->cfg = cfg;
	fe->model = m;
	return fe;
}

void frontend_free(Frontend *fe) {
	if (!fe) return;
	clang_disposeIndex(fe->index);
	free(fe);
}

const char *frontend_clang_version(void) {
	CXString s = clang_getClangVersion();
	char *r = xstrdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

static bool readable_file(Unit *u, const char *path) {
	struct stat st;
	if (stat(path, &st) != 0) {
		unit_error(u, "cannot open '%s': %s", path, strerror(errno));
		return false;
	}
	if (S_ISDIR(st.st_mode)) {
		unit_error(u, "cannot analyze '%s': it is a directory", path);
		return false;
	}
	if (access(path, R_OK) != 0) {
		unit_error(u, "cannot read '%s': %s", path, strerror(errno));
		return false;
	}
	return true;
}

/* Every file the unit read, main file included, for the cache's check that
 * nothing changed; each once. */
static void record_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data) {
	(void)stack;
	(void)depth;
	Unit *u = data;
	CXString name = clang_getFileName(file);
	const char *s = clang_getCString(name);
	bool seen = false;
	for (int i = 0; s && i < u->deps.len && !seen; i++) seen = !strcmp(VEC_AT(&u->deps, const char *, i), s);
	if (s && !seen) *(const char **)vec_push(&u->deps) = arena_strdup(&u->arena, s);
	clang_disposeString(name);
}

/* clang takes the language from the name: a file named otherwise than
 * its source types (a pipe's /dev/fd/63, <stdin>, code.txt) would be a
 * linker's input, and nothing would be parsed. ownck reads C: such a
 * file is C, unless the flags say what it is (-x). */
static bool named_as_source(const char *path, const char *const *args, int nargs) {
	static const char *const known[] = {"c", "h", "i", "C", "cc", "cp", "cpp", "CPP", "cxx", "CXX", "c++", "C++",
	                                    "H", "hh", "hpp", "hxx", "ii", "m", "mm", "M", "mi", "mii", "cu", "cl", "s", "S"};
	for (int i = 0; i < nargs; i++)
		if (!strncmp(args[i], "-x", 2)) return true;
	const char *slash = strrchr(path, '/'), *dot = strrchr(slash ? slash : path, '.');
	for (size_t k = 0; dot && k < sizeof known / sizeof *known; k++)
		if (!strcmp(dot + 1, known[k])) return true;
	return false;
}

Unit *frontend_run(Frontend *front, const char *path, const char *const *args, int nargs) {
	return frontend_run_text(front, path, NULL, 0, args, nargs);
}

Unit *frontend_run_text(Frontend *front, const char *path, const char *text, size_t len,
                        const char *const *args, int nargs) {
	Unit *u = unit_new(path);
	u->budget = front->cfg->function_budget;
	if (!text && !readable_file(u, path)) {
		u->failed = true;
		return u;
	}
	/* libclang reads an unsaved file's text instead of the disk's, for the
	 * parse and for clang_getFileContents alike, so the rest is unchanged. */
	struct CXUnsavedFile unsaved = {path, text, (unsigned long)len};
	const char **argv = xmalloc(sizeof(char *) * (size_t)(nargs + 17));
	int argc = build_args(front->cfg, argv, nargs + 16, args, nargs);
	if (!named_as_source(path, args, nargs)) argv[argc++] = "-xc";
	double t0 = stats_now();
	CXTranslationUnit tu = NULL;
	enum CXErrorCode rc = clang_parseTranslationUnit2(
		front->index, path, argv, argc, text ? &unsaved : NULL, text ? 1u : 0u,
		CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing, &tu);
	free(argv);
	u->stats.t_parse = stats_now() - t0;
	if (rc == CXError_Crashed) {   /* caught by libclang's crash recovery: say so, it is not the file's fault */
		unit_error(u, "%s: libclang crashed while parsing the file; it was not analyzed", path);
		u->failed = true;
		return u;
	}
	if (rc != CXError_Success || !tu) {
		unit_error(u, "%s: clang could not parse the file (libclang error %d)", path, (int)rc);
		u->failed = true;
		return u;
	}
	Vec clang_errs;
	vec_init(&clang_errs, sizeof(const char *));
	collect_clang_errors(tu, &clang_errs, &u->arena);
	if (clang_errs.len) {
		for (int i = 0; i < clang_errs.len; i++)
			*(const char **)vec_push(&u->errors) = VEC_AT(&clang_errs, const char *, i);
		u->failed = true;
		vec_free(&clang_errs);
		clang_disposeTranslationUnit(tu);
		return u;
	}
	vec_free(&clang_errs);
	if (front->cfg->record_deps) clang_getInclusions(tu, record_inclusion, u);

	t0 = stats_now();
	Fe fe = {0};
	fe.u = u;
	fe.tu = tu;
	fe.model = front->model;
	fe.last_file = -1;
	fe.check_extents = getenv("OWNCK_CHECK_EXTENTS") && *getenv("OWNCK_CHECK_EXTENTS") == '1';
	vec_init(&fe.files, sizeof(FileText));
	vec_init(&fe.ext_chain, sizeof(int));
	map_init(&fe.defined);
	map_init(&fe.user_sigs);
	map_init(&fe.plain_sigs);
	vec_init(&fe.callee_sig_list, sizeof(const Signature *));
	vec_init(&fe.decl_sig_list, sizeof(Signature *));
	unit_file_id(u, path);   /* the main file is file 0 */
	TopScan ts = {&fe, {0}};
	vec_init(&ts.bodies, sizeof(CXCursor));
	clang_visitChildren(clang_getTranslationUnitCursor(tu), top_visitor, &ts);
	for (int i = 0; i < ts.bodies.len; i++) lower_function(&fe, VEC_AT(&ts.bodies, CXCursor, i));
	/* What calls assumed, for the rules and --dump-ir. */
	for (int i = 0; i < fe.user_sigs.cap; i++)
		if (fe.user_sigs.keys[i]) map_put(&u->sigs, fe.user_sigs.keys[i], fe.user_sigs.vals[i]);
	vec_free(&ts.bodies);
	vec_free(&fe.ext_chain);
	if (fe.kid_stack.elem) vec_free(&fe.kid_stack);
	lower_release(&fe);
	free_files(&fe);
	map_free(&fe.defined);
	map_free(&fe.user_sigs);
	map_free(&fe.plain_sigs);
	ptrmap_free(&fe.callee_sigs);
	vec_free(&fe.callee_sig_list);
	ptrmap_free(&fe.decl_sigs);
	ptrmap_free(&fe.noreturn_types);
	vec_free(&fe.decl_sig_list);
	if (fe.macros) {
		vec_free(&fe.macros->exps);
		map_free(&fe.macros->defs);
		map_free(&fe.macros->masks);
		map_free(&fe.macros->def_masks);
		map_free(&fe.macros->aligned);
		map_free(&fe.macros->typedefs);
		ptrmap_free(&fe.macros->fn_like);
		vec_free(&fe.macros->ops);
	}
	ast_free(&fe.ast);
	arena_free(&fe.scratch);
	clang_disposeTranslationUnit(tu);
	u->stats.t_lower = stats_now() - t0;
	return u;
}
