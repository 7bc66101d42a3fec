/*
 * lower.c - one function's cursors to the control-flow IR.
 *
 * A recursive descent over the body with three entry points: lower_stmt for
 * statements, lower_expr for values (it returns an Operand and emits the
 * statements the evaluation implies), and lower_cond for conditions (it emits
 * branches straight to the two targets, so && || ! ?: become control flow and
 * every null test ends up as a branch on one place).
 *
 * Scopes are tracked so that every way of leaving one (falling off its `}`,
 * break, continue, goto, return) emits storage_dead for its locals at the
 * place the leaving happens. Recursion is bounded (MAX_DEPTH): a function
 * nested deeper than that is skipped with a message, never a crash.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lower.h"

enum { MAX_DEPTH = 20000 };

/* ---- the lowering context ---- */

typedef struct BlockB { Vec stmts; Term term; } BlockB;
typedef struct ScopeB { int parent; Vec vars; } ScopeB;
typedef struct Jump { int from; const char *label; int scope; SrcRange at; } Jump;
typedef struct LabelB { const char *name; int block; int scope; } LabelB;
typedef struct Target { int block; int scope; } Target;
typedef struct SwitchB { Vec cases, targets; int deflt; } SwitchB;

/* is_pointer: the field's type is a pointer (so is every access of it);
 * -1 when the member is no field ownck could ask (then the access is asked) */
typedef struct FieldInfo { const char *name; Annot annot; int is_pointer; bool in_struct, unseen; uint8_t int_rank; } FieldInfo;

typedef struct L {
	Fe *fe;
	Arena *a;
	Function *fn;
	Vec vars;           /* Var */
	Vec places;         /* Place */
	Vec var_place;      /* int: the base place of each var */
	Vec tested;         /* bool by var: a branch on the variable itself has been lowered (entry_test) */
	int *proj_slot;     /* projections by proj_hash: place id + 1, 0 = empty */
	int proj_cap, nproj;
	PtrMap decls;       /* Decl* -> var id */
	PtrMap *fields;     /* FieldDecl* -> index in field_info (the unit's: LowerBufs) */
	Vec *field_info;    /* FieldInfo: a member access's name and annotation, by field */
	Vec blocks;         /* BlockB */
	int cur;            /* the block being filled */
	Vec scopes;         /* ScopeB */
	int scope;          /* current scope */
	int full_exprs;     /* full expressions ended so far: the temporaries' groups */
	Vec jumps;          /* Jump: gotos, resolved at the end */
	Vec labels;         /* LabelB */
	Vec breaks;         /* Target */
	Vec continues;      /* Target */
	Vec switches;       /* SwitchB* */
	Vec temps;          /* int: call temps of the current full expression */
	Vec *kids;          /* CXCursor: children stack (the unit's Fe.kid_stack) */
	int depth;
	bool too_deep;
	bool measured;      /* the body's depth has been asked (enter) */
	bool indirect_goto;
	int  indirect_from;
	int  use_block, use_index;   /* the USE a dereference just emitted, to give it its exact place */
	CXCursor int_cast;  /* the last conversion of a followed pointer to an integer ... */
	Operand int_cast_of;   /* ... and that pointer */
	int int_casts;         /* how many such conversions were lowered (pointer_from_int) */
	bool defer_steps;   /* p++ and p-- of pointers are held back (defer_steps) ... */
	int nsteps;
	struct PendingStep { int place; Operand step; SrcRange r; } steps[8];   /* ... here */
	struct LastRel { CXCursor at; uint8_t rel; long long c; } last_rel;   /* the last v < C lowered (key_relation) */
	/* x = a && b (arm_logical): the && stores 1 and 0 into x itself */
	struct Logical { bool armed, done; CXCursor rhs, lhs; int place; SrcRange at; } logical;
	Map cond_keys;      /* normalized condition text -> key */
	Map cond_alias;     /* normalized condition text -> CondAlias: the same test as another */
	int kept_blocks, kept_scopes;   /* slots of blocks and scopes holding a vector (new_block) */
} L;

/* L's vectors between functions: a unit's functions would otherwise grow
 * and free some 300,000 of them (sqlite3.c), blocks' statements most. */
#define LOWER_VECS(X) X(vars, Var) X(places, Place) X(var_place, int) X(tested, bool) \
	X(blocks, BlockB) X(scopes, ScopeB) X(jumps, Jump) X(labels, LabelB) X(breaks, Target) \
	X(continues, Target) X(switches, SwitchB *) X(temps, int)
typedef struct LowerBufs {
#define DECLARE(name, type) Vec name;
	LOWER_VECS(DECLARE)
#undef DECLARE
	int kept_blocks, kept_scopes;
	/* the fields met so far, for the whole unit: a unit's functions read
	 * the same fields (sqlite3.c spelled 15,000 field names for a few
	 * thousand fields when each function asked again) */
	PtrMap fields;
	Vec field_info;
} LowerBufs;

/* ---- children ---- */

/* Pushes c's children on l->kids; returns their count. KID(i) reads them;
 * pop_kids restores the stack (the caller must pop what it pushed). */
static int kids(L *l, CXCursor c, int *base) {
	*base = l->kids->len;
	fe_children(l->fe, c, l->kids);
	return l->kids->len - *base;
}
#define KID(l, base, i) (VEC_AT((l)->kids, CXCursor, (base) + (i)))
static void pop_kids(L *l, int base) { l->kids->len = base; }

static bool is_expr(CXCursor c) { return clang_isExpression(clang_getCursorKind(c)) != 0; }

/* ---- blocks and statements ---- */

/* A block slot an earlier function used keeps its statement vector (its
 * room, emptied): kept_blocks counts the slots that have one. */
static int new_block(L *l) {
	int i = l->blocks.len;
	if (i < l->kept_blocks) {
		BlockB *b = vec_append(&l->blocks);
		Vec stmts = b->stmts;
		memset(b, 0, sizeof *b);
		b->stmts = stmts;
		b->stmts.len = 0;
	} else {
		BlockB *b = vec_push(&l->blocks);
		vec_init(&b->stmts, sizeof(Stmt));
		l->kept_blocks = i + 1;
	}
	return i;
}

static BlockB *blk(L *l, int i) { return &VEC_AT(&l->blocks, BlockB, i); }

static Stmt *emit(L *l, StmtKind k, SrcRange r) {
	Stmt *s = vec_push(&blk(l, l->cur)->stmts);
	s->kind = k;
	s->dst = -1;
	s->var = -1;
	s->access = -1;
	s->range = r;
	return s;
}

static void terminate(L *l, Term t) {
	BlockB *b = blk(l, l->cur);
	if (b->term.kind == T_NONE) b->term = t;
}

static void goto_block(L *l, int target) {
	Term t = {0};
	t.kind = T_GOTO;
	t.succ[0] = target;
	terminate(l, t);
}

/* After a jump: code that follows is unreachable until a label or case. */
static void start_dead_block(L *l) { l->cur = new_block(l); }

/* ---- variables and places ---- */

static SrcRange no_range(void) { SrcRange r = {-1, 0, 0, 0, 0}; return r; }

/* The projection table: a place (parent, kind, field) is made once. */
static unsigned proj_hash(int parent, ProjKind k, const char *field) {
	unsigned h = 2166136261u ^ (unsigned)parent * 0x9E3779B1u ^ (unsigned)k * 0x85EBCA6Bu;
	for (const char *c = field ? field : ""; *c; c++) h = (h ^ (unsigned char)*c) * 16777619u;
	return h ^ (h >> 15);
}

static bool same_projection(const Place *q, int parent, ProjKind k, const char *field) {
	return q->parent == parent && q->kind == k && !strcmp(q->field ? q->field : "", field ? field : "");
}

static void proj_insert(L *l, int place) {
	const Place *q = &VEC_AT(&l->places, Place, place);
	unsigned mask = (unsigned)l->proj_cap - 1;
	unsigned i = proj_hash(q->parent, q->kind, q->field) & mask;
	while (l->proj_slot[i]) i = (i + 1) & mask;
	l->proj_slot[i] = place + 1;
}

static void proj_grow(L *l) {
	int *old = l->proj_slot, cap = l->proj_cap;
	l->proj_cap = cap ? cap * 2 : 64;
	l->proj_slot = xcalloc((size_t)l->proj_cap, sizeof(int));
	for (int i = 0; i < cap; i++)
		if (old[i]) proj_insert(l, old[i] - 1);
	free(old);
}

static int intern_place(L *l, int parent, ProjKind k, const char *field, Annot an, bool ptr) {
	unsigned mask = (unsigned)l->proj_cap - 1;
	if (l->proj_cap)
		for (unsigned i = proj_hash(parent, k, field) & mask; l->proj_slot[i]; i = (i + 1) & mask)
			if (same_projection(&VEC_AT(&l->places, Place, l->proj_slot[i] - 1), parent, k, field))
				return l->proj_slot[i] - 1;
	Place *parentp = &VEC_AT(&l->places, Place, parent);
	Place p = {0};
	p.parent = parent;
	p.var = parentp->var;
	p.kind = k;
	p.field = field;
	p.annot = an;
	p.is_pointer = ptr;
	const char *pt = parentp->text;
	if (k == PJ_DEREF) p.text = arena_concat(l->a, "*", pt, NULL);
	else if (k == PJ_INDEX && parentp->kind == PJ_DEREF) p.text = arena_concat(l->a, pt + 1, "[]", NULL);   /* p[i] */
	else if (k == PJ_INDEX) p.text = arena_concat(l->a, pt, "[]", NULL);
	else if (parentp->kind == PJ_DEREF) p.text = arena_concat(l->a, pt + 1, "->", field);
	else p.text = arena_concat(l->a, pt, ".", field);
	*(Place *)vec_append(&l->places) = p;
	if (2 * (l->nproj + 1) > l->proj_cap) proj_grow(l);
	proj_insert(l, l->places.len - 1);
	l->nproj++;
	return l->places.len - 1;
}

/* The stack-depth rule's frame: every parameter and local counted whole,
 * as an unoptimized build lays them out (scopes are not overlapped). */
static void add_to_frame(L *l, CXType t, SrcRange decl) {
	long long n = clang_Type_getSizeOf(t);
	if (n >= 0) {
		l->fn->frame += n;
	} else if (n == CXTypeLayoutError_NotConstantSize && !l->fn->unbounded) {
		l->fn->unbounded = "a variable-length array";
		l->fn->unbounded_at = decl;
	}
}

/* The conversion rank of an integer type of canonical kind k (C 6.3.1.1),
 * for Place.int_rank: 0 for anything else (a float's truth does not survive
 * its conversion to an integer; an enumeration may be any size). */
static uint8_t int_rank(enum CXTypeKind k) {
	switch (k) {
	case CXType_Bool: return 1;
	case CXType_Char_U: case CXType_UChar: case CXType_Char_S: case CXType_SChar: return 2;
	case CXType_UShort: case CXType_Short: return 3;
	case CXType_UInt: case CXType_Int: return 4;
	case CXType_ULong: case CXType_Long: return 5;
	case CXType_ULongLong: case CXType_LongLong: return 6;
	case CXType_UInt128: case CXType_Int128: return 7;
	default: return 0;
	}
}

static bool type_is_array(CXType t);

/* A volatile or _Atomic variable: another thread, a signal handler or the
 * hardware may change it between two reads. */
static bool changes_unseen(CXType t) {
	return clang_isVolatileQualifiedType(t) || clang_getCanonicalType(t).kind == CXType_Atomic;
}

static int new_var(L *l, const char *name, VarKind k, Annot an, CXType t, SrcRange decl) {
	Var v = {0};
	enum CXTypeKind ck = fe_type_kind(t);
	v.is_array = type_is_array(t);
	if (k == VK_PARAM && v.is_array) {   /* char buf[4] as a parameter: a char * */
		v.is_array = false;
		v.is_pointer = true;
		v.is_ptr_to_ptr = fe_param_is_ptr_to_ptr(t);
		l->fn->frame += (long long)sizeof(void *);
	} else {
		if (k == VK_LOCAL || k == VK_PARAM) add_to_frame(l, t, decl);
		v.is_pointer = ck == CXType_Pointer;
		v.is_ptr_to_ptr = v.is_pointer && fe_type_is_ptr_to_ptr(t);
	}
	v.name = name;
	v.kind = k;
	v.annot = an;
	v.is_aggregate = ck == CXType_Record;
	v.changes_unseen = (k == VK_GLOBAL || k == VK_STATIC) && changes_unseen(t);
	v.is_unsigned = ck == CXType_UInt || ck == CXType_ULong || ck == CXType_ULongLong || ck == CXType_UShort ||
	                ck == CXType_UChar || ck == CXType_Char_U || ck == CXType_UInt128 || ck == CXType_Bool;
	v.scope = l->scope;
	v.group = l->full_exprs;
	v.decl = decl;
	*(Var *)vec_append(&l->vars) = v;
	int id = l->vars.len - 1;
	Place p = {0};
	p.parent = -1;
	p.var = id;
	p.kind = PJ_BASE;
	p.annot = an;
	p.is_pointer = v.is_pointer;
	p.int_rank = k == VK_LOCAL || k == VK_PARAM ? int_rank(ck) : 0;
	p.text = name;
	*(Place *)vec_append(&l->places) = p;
	*(int *)vec_append(&l->var_place) = l->places.len - 1;
	if (k != VK_GLOBAL && k != VK_STATIC && k != VK_TEMP && l->scopes.len)
		*(int *)vec_append(&VEC_AT(&l->scopes, ScopeB, l->scope).vars) = id;
	return id;
}

static int var_place(L *l, int var) { return VEC_AT(&l->var_place, int, var); }
static Place *place_at(L *l, int p) { return &VEC_AT(&l->places, Place, p); }

static const void *decl_key(CXCursor c) { return c.data[0]; }

/* The variable a declaration cursor names, creating globals on first use. */
static int var_of_decl(L *l, CXCursor d) {
	int v = ptrmap_get(&l->decls, decl_key(d));
	if (v >= 0) return v;
	CXCursor canon = clang_getCanonicalCursor(d);
	v = ptrmap_get(&l->decls, decl_key(canon));
	if (v >= 0) return v;
	Annot an = fe_decl_annot(l->fe, d, DK_GLOBAL, false);
	const char *name = fe_str(l->fe, clang_getCursorSpelling(d));
	v = new_var(l, name, VK_GLOBAL, an, clang_getCursorType(d), fe_name_range(l->fe, d, name));
	VEC_AT(&l->vars, Var, v).changes_unseen |= fe_in_system_header(d);   /* the system's: it may change it */
	ptrmap_put(&l->decls, decl_key(canon), v);
	return v;
}

static int new_temp(L *l, const char *name, CXType t, SrcRange r) {
	Annot none = {0};
	return new_var(l, name, VK_TEMP, none, t, r);
}

/* ---- operands ---- */

static Operand op_none(SrcRange r) { Operand o = {0}; o.kind = OP_NONE; o.place = -1; o.range = r; return o; }
static Operand op_place(int p, SrcRange r) { Operand o = op_none(r); o.kind = OP_PLACE; o.place = p; return o; }
static Operand op_addr(int p, SrcRange r) { Operand o = op_none(r); o.kind = OP_ADDR; o.place = p; return o; }
static Operand op_const(long long v, SrcRange r) { Operand o = op_none(r); o.kind = OP_CONST; o.value = v; return o; }

static bool is_null_const(Operand o) { return o.kind == OP_NULL || (o.kind == OP_CONST && o.value == 0); }

static void emit_use(L *l, Operand o, UseKind k) {
	if (o.kind != OP_PLACE) return;
	Stmt *s = emit(l, ST_USE, o.range);
	s->use = k;
	s->src = o;
}

static void emit_assign(L *l, int dst, Operand src, SrcRange r, bool compound) {
	Stmt *s = emit(l, ST_ASSIGN, r);
	s->dst = dst;
	s->src = src;
	s->compound = compound;
}

/* c = *s++ reads *s, then steps s: lowered in that order, the read is of
 * the place s points to when it is read (c gets what a test of *s just
 * saw), where stepping first read *s of the next element. The steps of the
 * pointers in a stored value wait until it is stored (defer_steps). */
typedef struct Deferral { int mark; bool was; } Deferral;

static Deferral defer_steps(L *l) {
	Deferral d = {l->nsteps, l->defer_steps};
	l->defer_steps = true;
	return d;
}

static void flush_steps(L *l, Deferral d) {
	l->defer_steps = d.was;
	for (int i = d.mark; i < l->nsteps; i++) emit_assign(l, l->steps[i].place, l->steps[i].step, l->steps[i].r, true);
	l->nsteps = d.mark;
}

/* The end of a full expression: its call temporaries die. */
static void end_full_expr(L *l, SrcRange r) {
	for (int i = 0; i < l->temps.len; i++) {
		Stmt *s = emit(l, ST_DEAD, r);
		s->var = VEC_AT(&l->temps, int, i);
	}
	l->temps.len = 0;
	l->full_exprs++;
}

/* The same at the end of expression c, measured only when a temporary dies
 * there: most full expressions leave none, and their extents were a tenth
 * of what lowering measured. */
static void end_full_expr_of(L *l, CXCursor c) {
	SrcRange none = {0};
	end_full_expr(l, l->temps.len ? fe_extent(l->fe, c) : none);
}

/* A function nested too deep is skipped before lowering goes down its
 * chain: clang computes each level's extent by walking to the end of the
 * chain, quadratic (minutes for 100,000 unary operators). The depth is known
 * from the function's index (fe_begin_function), asked once lowering gets
 * this deep; below the body is one level less than below the function. */
enum { SCAN_DEPTH = 256 };

static bool enter(L *l) {
	if (++l->depth > MAX_DEPTH) l->too_deep = true;
	if (l->depth == SCAN_DEPTH && !l->measured) {
		l->measured = true;
		l->too_deep = fe_function_depth(l->fe) - 1 > MAX_DEPTH;   /* then every level returns at once */
	}
	return !l->too_deep;
}

static Operand lower_expr(L *l, CXCursor e);
static bool passes_pointer_as_int(L *l, CXCursor e, const Signature *sig);
static int lower_lvalue(L *l, CXCursor e, UseKind how, bool addr_only);
static bool lower_value_into(L *l, CXCursor rhs, CXCursor lhs, int place, SrcRange at, Operand *o);
static void lower_cond(L *l, CXCursor e, int t, int f);
static void lower_stmt(L *l, CXCursor s);

static CXCursor strip_parens(L *l, CXCursor e) {
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(e);
		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr) return e;
		int base, n = kids(l, e, &base);
		CXCursor only = n == 1 ? KID(l, base, 0) : e;
		pop_kids(l, base);
		if (n != 1 || !is_expr(only)) return e;
		e = only;
	}
}

/* Is m (s.f, s.f.g) a member of a struct no object holds: a call's
 * result, a conditional's, a statement expression's? Through `->` it is an
 * object's. */
static bool rvalue_member(L *l, CXCursor m) {
	for (int depth = 0; depth < 64 && clang_getCursorKind(m) == CXCursor_MemberRefExpr; depth++) {
		int base, n = kids(l, m, &base);
		CXCursor b = n >= 1 ? KID(l, base, 0) : m;
		pop_kids(l, base);
		if (n < 1 || !is_expr(b) || fe_type_kind(clang_getCursorType(b)) == CXType_Pointer) return false;
		m = strip_parens(l, b);
	}
	enum CXCursorKind k = clang_getCursorKind(m);
	return k == CXCursor_CallExpr || k == CXCursor_ConditionalOperator || k == CXCursor_StmtExpr;
}

/* An assignment's left operand is an lvalue that is not wrapped in an
 * implicit cast; every other binary operator's left operand is (or is an
 * rvalue). Parentheses around an lvalue only survive unwrapped as the target
 * of an assignment too. */
static bool is_assignment(L *l, CXCursor op, CXCursor lhs, CXCursor rhs) {
	CXCursor in = lhs;
	while (clang_getCursorKind(in) == CXCursor_ParenExpr) {
		int base, n = kids(l, in, &base);
		CXCursor k = n == 1 ? KID(l, base, 0) : in;
		pop_kids(l, base);
		if (n != 1) return false;
		in = k;
	}
	switch (clang_getCursorKind(in)) {
	case CXCursor_DeclRefExpr:
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
	case CXCursor_CompoundLiteralExpr:
		break;
	case CXCursor_UnaryOperator: {
		int base, n = kids(l, in, &base);
		CXCursor k = n == 1 ? KID(l, base, 0) : in;
		pop_kids(l, base);
		if (n != 1 || fe_unary_op(l->fe, in, k) != OPK_DEREF) return false;
		break;
	}
	default:
		return false;
	}
	CXType t = clang_getCursorType(op), lt = clang_getCursorType(lhs);
	/* an enumeration constant, or a member of a struct a call returns, is a
	 * value that libclang shows unconverted, as an lvalue: RED == c, FLAG &
	 * ~m and get().x == 3 assign nothing */
	/* An assignment's type is its left side's without qualifiers (v = 0 on a
	 * volatile v), which libclang 14 cannot strip: the text says, and where
	 * the operator comes from a macro's body (dash's SAVEINT(v), ((v) =
	 * suppressint)) the types compared without qualifiers, an unconverted
	 * lvalue being the left operand of no other binary operator in C. */
	if (!clang_equalTypes(clang_getCanonicalType(t), clang_getCanonicalType(lt)) &&
	    !fe_written_assignment(l->fe, lhs, rhs) && !fe_same_unqualified(t, lt))
		return false;
	if (clang_getCursorKind(in) == CXCursor_DeclRefExpr && fe_type_kind(lt) == CXType_Int &&
	    clang_getCursorKind(clang_getCursorReferenced(in)) == CXCursor_EnumConstantDecl)
		return false;   /* C's enumeration constants are ints */
	return clang_getCursorKind(in) != CXCursor_MemberRefExpr || !rvalue_member(l, in);
}

static bool type_is_ptr(CXType t) { return fe_type_kind(t) == CXType_Pointer; }
static bool type_is_array(CXType t) {
	enum CXTypeKind k = fe_type_kind(t);
	return k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray;
}

/* e designates an array object, which a subscript indexes in place: not a
 * call's result, nor an array parameter (a pointer, whatever libclang says
 * its type is). */
static bool names_array(L *l, CXCursor e) {
	if (!type_is_array(clang_getCursorType(e))) return false;
	enum CXCursorKind k = clang_getCursorKind(e);
	if (k == CXCursor_CallExpr) return false;
	if (k != CXCursor_DeclRefExpr) return true;
	int v = ptrmap_get(&l->decls, decl_key(clang_getCursorReferenced(e)));
	return v < 0 || VEC_AT(&l->vars, Var, v).is_array;
}

static long long eval_int(CXCursor c, bool *ok) {
	CXEvalResult r = clang_Cursor_Evaluate(c);
	*ok = false;
	long long v = 0;
	if (r) {
		if (clang_EvalResult_getKind(r) == CXEval_Int) {
			v = clang_EvalResult_getAsLongLong(r);
			*ok = true;
		}
		clang_EvalResult_dispose(r);
	}
	return v;
}

/* Whether the loans check reads the call's argument extents (Call.arg_ext):
 * only for a borrowed argument followed by others (two-phase borrows, 7.23).
 * Measuring them for every call was a tenth of the extents lowering asks. */
static bool reserves_args(const Signature *sig, int nargs) {
	for (int i = 0; sig && i + 1 < nargs && i < sig->nparams; i++)
		if (sig->params[i].annot.mode == MODE_BORROW || sig->params[i].annot.mode == MODE_BORROW_MUT) return true;
	return false;
}

static bool restrict_call(const Signature *sig) {
	for (int i = 0; sig && i < sig->nparams; i++)
		if (sig->params[i].flags & PF_RESTRICT) return true;
	return false;
}

/* ---- lvalues ---- */

/* The dereference just emitted touches exactly `place` (p->f, not all of *p). */
static void set_access(L *l, int use_block, int use_index, int place) {
	if (use_block < 0 || use_block >= l->blocks.len) return;
	BlockB *b = blk(l, use_block);
	if (use_index < 0 || use_index >= b->stmts.len) return;
	Stmt *s = &VEC_AT(&b->stmts, Stmt, use_index);
	if (s->kind == ST_USE) s->access = place;
}


/* A member access's field name and annotation: asked once per field of
 * the unit (its functions read the same fields over and over). */
static FieldInfo field_of(L *l, CXCursor member) {
	CXCursor fd = clang_getCursorReferenced(member);
	bool field = !clang_Cursor_isNull(fd) && clang_getCursorKind(fd) == CXCursor_FieldDecl;
	int i = field ? ptrmap_get(l->fields, fd.data[0]) : -1;
	if (i >= 0) return VEC_AT(l->field_info, FieldInfo, i);
	FieldInfo fi = {fe_str(l->fe, clang_getCursorSpelling(member)), {0}, -1, false, false, 0};
	if (field) {
		CXType ft = clang_getCursorType(fd);
		fi.annot = fe_decl_annot(l->fe, fd, DK_FIELD, false);
		fi.is_pointer = type_is_ptr(ft);
		fi.in_struct = clang_getCursorKind(clang_getCursorSemanticParent(fd)) == CXCursor_StructDecl;
		fi.unseen = changes_unseen(ft);
		fi.int_rank = int_rank(fe_type_kind(ft));
		*(FieldInfo *)vec_push(l->field_info) = fi;
		ptrmap_put(l->fields, fd.data[0], l->field_info->len - 1);
	}
	return fi;
}

/* A place for a value that has no name (a call's struct result, ...). */
static int anon_place(L *l, CXCursor e, Operand o) {
	if (o.kind == OP_PLACE) return o.place;
	int t = new_temp(l, "<value>", clang_getCursorType(e), fe_extent(l->fe, e));
	return var_place(l, t);
}

/* What a pointer (or an array) of type t designates: *p's volatility and
 * integer rank, asked once per place. */
static void describe_pointee(Place *d, CXType t) {
	CXType c = clang_getCanonicalType(t);
	CXType e = c.kind == CXType_Pointer ? clang_getPointeeType(c) : clang_getArrayElementType(c);
	if (e.kind == CXType_Invalid) return;
	d->changes_unseen = changes_unseen(e);
	d->int_rank = int_rank(fe_type_kind(e));
}

/* The place a pointer operand points to; emits the dereference itself. */
static int deref_of(L *l, CXCursor ptr_expr, UseKind how, bool addr_only, ProjKind k) {
	Operand o = lower_expr(l, ptr_expr);
	if (o.kind == OP_ADDR && o.offset == OFF_NONE && k == PJ_DEREF) return o.place;   /* *&x */
	l->use_block = -1;
	if (!addr_only && o.kind == OP_PLACE) {
		emit_use(l, o, how);
		l->use_block = l->cur;
		l->use_index = blk(l, l->cur)->stmts.len - 1;
	}
	int base = o.kind == OP_PLACE || o.kind == OP_ADDR ? o.place : anon_place(l, ptr_expr, o);
	Annot none = {0};
	if (o.kind == OP_ADDR) return k == PJ_INDEX ? intern_place(l, base, PJ_INDEX, NULL, none, false) : base;
	int before = l->places.len, d = intern_place(l, base, PJ_DEREF, NULL, none, false);
	if (l->places.len > before)   /* asked once per place */
		describe_pointee(&VEC_AT(&l->places, Place, d), clang_getCursorType(ptr_expr));
	return k == PJ_INDEX ? intern_place(l, d, PJ_INDEX, NULL, none, false) : d;
}

static int lower_member(L *l, CXCursor e, UseKind how, bool addr_only) {
	int base, n = kids(l, e, &base);
	CXCursor b = n ? KID(l, base, 0) : clang_getNullCursor();
	pop_kids(l, base);
	FieldInfo fi = field_of(l, e);
	const char *field = fi.name;
	Annot an = fi.annot;
	bool ptr = fi.is_pointer >= 0 ? fi.is_pointer : type_is_ptr(clang_getCursorType(e));
	if (clang_Cursor_isNull(b)) {   /* a member of an anonymous struct: no base to follow */
		int t = new_temp(l, field, clang_getCursorType(e), fe_extent(l->fe, e));
		return var_place(l, t);
	}
	int bp, ub = -1, ui = -1;
	if (type_is_ptr(clang_getCursorType(b))) {
		bp = deref_of(l, b, how, addr_only, PJ_DEREF);
		ub = l->use_block;
		ui = l->use_index;
	} else {
		l->use_block = -1;
		bp = lower_lvalue(l, b, how, addr_only);
		ub = l->use_block;
		ui = l->use_index;
	}
	int fp = intern_place(l, bp, PJ_FIELD, field, an, ptr);
	VEC_AT(&l->places, Place, fp).struct_member = fi.in_struct;
	VEC_AT(&l->places, Place, fp).changes_unseen = fi.unseen;
	VEC_AT(&l->places, Place, fp).int_rank = fi.int_rank;
	if (addr_only && !VEC_AT(&l->places, Place, fp).at_start) {   /* &p->f: asked only there (a layout each) */
		CXCursor fd = clang_getCursorReferenced(e);
		VEC_AT(&l->places, Place, fp).at_start =
			clang_getCursorKind(fd) == CXCursor_FieldDecl && clang_Cursor_getOffsetOfField(fd) == 0;
	}
	set_access(l, ub, ui, fp);
	l->use_block = ub;
	l->use_index = ui;
	return fp;
}

static int lower_subscript(L *l, CXCursor e, UseKind how, bool addr_only) {
	int base, n = kids(l, e, &base);
	if (n != 2) {
		pop_kids(l, base);
		return anon_place(l, e, op_none(fe_extent(l->fe, e)));
	}
	CXCursor a = KID(l, base, 0), i = KID(l, base, 1);
	pop_kids(l, base);
	if (!type_is_ptr(clang_getCursorType(a)) && !type_is_array(clang_getCursorType(a))) {
		CXCursor t = a; a = i; i = t;   /* i[a] */
	}
	int p;
	CXCursor inner = strip_parens(l, a);
	if (names_array(l, inner)) {
		Annot none = {0};
		p = intern_place(l, lower_lvalue(l, inner, how, addr_only), PJ_INDEX, NULL, none,
		                 type_is_ptr(clang_getCursorType(e)));
	} else {
		p = deref_of(l, a, how, addr_only, PJ_INDEX);
		set_access(l, l->use_block, l->use_index, p);
	}
	int ub = l->use_block, ui = l->use_index;
	lower_expr(l, i);
	l->use_block = ub;
	l->use_index = ui;
	return p;
}

static int literal_place(L *l, CXCursor e);

static int lower_lvalue(L *l, CXCursor e, UseKind how, bool addr_only) {
	if (!enter(l)) { l->depth--; return anon_place(l, e, op_none(no_range())); }
	int p;
	e = strip_parens(l, e);
	switch (clang_getCursorKind(e)) {
	case CXCursor_DeclRefExpr: {
		CXCursor d = clang_getCursorReferenced(e);
		enum CXCursorKind k = clang_getCursorKind(d);
		if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) p = var_place(l, var_of_decl(l, d));
		else p = anon_place(l, e, op_none(no_range()));
		break;
	}
	case CXCursor_MemberRefExpr:
		p = lower_member(l, e, how, addr_only);
		break;
	case CXCursor_ArraySubscriptExpr:
		p = lower_subscript(l, e, how, addr_only);
		break;
	case CXCursor_UnaryOperator: {
		int base, n = kids(l, e, &base);
		CXCursor o = n ? KID(l, base, 0) : e;
		pop_kids(l, base);
		if (n && fe_unary_op(l->fe, e, o) == OPK_DEREF) {
			p = deref_of(l, o, how, addr_only, PJ_DEREF);
			set_access(l, l->use_block, l->use_index, p);
		}
		else p = anon_place(l, e, lower_expr(l, e));
		break;
	}
	case CXCursor_CompoundLiteralExpr:
		p = literal_place(l, e);
		break;
	default:
		p = anon_place(l, e, lower_expr(l, e));
		break;
	}
	l->depth--;
	return p;
}

/* ---- initializers ---- */

typedef struct FieldList { L *l; Vec names; Vec types; Vec annots; } FieldList;

static enum CXVisitorResult collect_field(CXCursor c, CXClientData data) {
	FieldList *fl = data;
	*(const char **)vec_push(&fl->names) = fe_str(fl->l->fe, clang_getCursorSpelling(c));
	*(CXType *)vec_push(&fl->types) = clang_getCursorType(c);
	*(Annot *)vec_push(&fl->annots) = fe_decl_annot(fl->l->fe, c, DK_FIELD, false);
	return CXVisit_Continue;
}

static void lower_init(L *l, int place, CXType t, CXCursor init);

static void field_list(L *l, CXType ct, FieldList *fl) {
	fl->l = l;
	vec_init(&fl->names, sizeof(const char *));
	vec_init(&fl->types, sizeof(CXType));
	vec_init(&fl->annots, sizeof(Annot));
	clang_Type_visitFields(ct, collect_field, fl);
}

static void field_list_free(FieldList *fl) {
	vec_free(&fl->names);
	vec_free(&fl->types);
	vec_free(&fl->annots);
}

/* Field i of the struct at place, and its type. */
static int field_place(L *l, int place, const FieldList *fl, int i, CXType *ft) {
	*ft = VEC_AT(&fl->types, CXType, i);
	return intern_place(l, place, PJ_FIELD, VEC_AT(&fl->names, const char *, i), VEC_AT(&fl->annots, Annot, i),
	                    type_is_ptr(*ft));
}

static int field_index(const FieldList *fl, const char *name) {
	for (int i = 0; i < fl->names.len; i++)
		if (!strcmp(VEC_AT(&fl->names, const char *, i), name)) return i;
	return -1;
}

/* A designated initializer (`.f = v`, `.f.g = v`, `[i] = v`) is what
 * libclang shows as an unexposed expression whose children (two or more)
 * are the designators (a member reference each, or an index) and then v:
 * one that begins before its first child (the `.` or `[`), or names a field. */
static bool is_designated(L *l, CXCursor k, CXCursor first) {
	if (clang_getCursorKind(k) != CXCursor_UnexposedExpr) return false;
	if (clang_getCursorKind(first) == CXCursor_MemberRef) return true;
	SrcRange a = fe_extent(l->fe, k), b = fe_extent(l->fe, first);
	return a.line != b.line || a.col != b.col;
}

/* The place a designated initializer k stores into, under place of type t,
 * and its value; *top: the index of the struct field its first designator
 * names (the positional initializers after it go on from there), or -1.
 * -1 when k is no designated initializer, or one this cannot follow. */
static int designated_place(L *l, int place, CXType t, CXCursor k, CXCursor *value, CXType *vt, int *top) {
	int base, n = kids(l, k, &base);
	int at = -1;
	*top = -1;
	if (n >= 2 && is_designated(l, k, KID(l, base, 0))) {
		at = place;
		*vt = t;
		for (int i = 0; i + 1 < n && at >= 0; i++) {
			CXCursor d = KID(l, base, i);
			CXType ct = clang_getCanonicalType(*vt);
			if (clang_getCursorKind(d) == CXCursor_MemberRef && ct.kind == CXType_Record) {
				FieldList fl;
				field_list(l, ct, &fl);
				int fi = field_index(&fl, fe_str(l->fe, clang_getCursorSpelling(d)));
				if (i == 0) *top = fi;
				at = fi >= 0 ? field_place(l, at, &fl, fi, vt) : -1;
				field_list_free(&fl);
			} else if (clang_getCursorKind(d) != CXCursor_MemberRef && type_is_array(ct)) {
				*vt = clang_getArrayElementType(ct);
				Annot none = {0};
				at = intern_place(l, at, PJ_INDEX, NULL, none, type_is_ptr(*vt));
			} else {
				at = -1;
			}
		}
		*value = KID(l, base, n - 1);
	}
	pop_kids(l, base);
	return at;
}

/* {a, b, ...} for a struct: one child per field, in order, but for the
 * designated ones, which say where they go and where the next goes on. */
static void lower_init_list(L *l, int place, CXType t, CXCursor list) {
	int base, n = kids(l, list, &base);
	CXType ct = clang_getCanonicalType(t);
	bool record = ct.kind == CXType_Record;
	FieldList fl;
	if (record) field_list(l, ct, &fl);
	Annot none = {0};
	CXType et = record ? ct : clang_getArrayElementType(ct);
	int ep = record ? -1 : intern_place(l, place, PJ_INDEX, NULL, none, type_is_ptr(et));
	for (int i = 0, pos = 0; i < n; i++, pos++) {
		CXCursor k = KID(l, base, i), value;
		CXType vt;
		int top, dp = designated_place(l, place, t, k, &value, &vt, &top);
		if (dp >= 0) {
			lower_init(l, dp, vt, value);
			if (top >= 0) pos = top;
		} else if (!record) {
			lower_init(l, ep, et, k);
		} else if (pos < fl.names.len && *VEC_AT(&fl.names, const char *, pos)) {
			CXType ft;
			int fp = field_place(l, place, &fl, pos, &ft);
			lower_init(l, fp, ft, k);
		} else {
			lower_expr(l, k);
		}
	}
	if (record) field_list_free(&fl);
	pop_kids(l, base);
}

static void lower_init(L *l, int place, CXType t, CXCursor init) {
	CXCursor e = strip_parens(l, init);
	if (clang_getCursorKind(e) == CXCursor_InitListExpr) {
		CXType ct = clang_getCanonicalType(t);
		if (ct.kind == CXType_Record || type_is_array(ct)) {
			lower_init_list(l, place, t, e);
			return;
		}
		int base, n = kids(l, e, &base);   /* int x = {1}; */
		CXCursor only = n ? KID(l, base, 0) : e;
		pop_kids(l, base);
		if (n == 1) { lower_init(l, place, t, only); return; }
		emit_assign(l, place, op_none(fe_extent(l->fe, e)), fe_extent(l->fe, e), false);
		return;
	}
	Deferral d = defer_steps(l);
	Operand o;
	if (!lower_value_into(l, init, init, place, no_range(), &o))
		emit_assign(l, place, o, o.range.line ? o.range : fe_extent(l->fe, init), false);
	flush_steps(l, d);
}

static int literal_place(L *l, CXCursor e) {
	int v = new_temp(l, "<compound literal>", clang_getCursorType(e), fe_extent(l->fe, e));
	VEC_AT(&l->vars, Var, v).kind = VK_LITERAL;
	int p = var_place(l, v);
	int base, n = kids(l, e, &base);
	for (int i = 0; i < n; i++) {
		CXCursor k = KID(l, base, i);
		if (clang_getCursorKind(k) == CXCursor_InitListExpr) lower_init(l, p, clang_getCursorType(e), k);
	}
	pop_kids(l, base);
	return p;
}

/* ---- calls ---- */

static Operand lower_builtin(L *l, CXCursor e, const char *name, bool *handled) {
	int n = clang_Cursor_getNumArguments(e);
	SrcRange r = fe_extent(l->fe, e);
	*handled = true;
	if (!strcmp(name, "__builtin_expect") && n >= 1) {
		Operand o = lower_expr(l, clang_Cursor_getArgument(e, 0));
		for (int i = 1; i < n; i++) lower_expr(l, clang_Cursor_getArgument(e, (unsigned)i));
		return o;
	}
	if (!strcmp(name, "__builtin_unreachable") || !strcmp(name, "__builtin_trap")) {
		Term t = {0};
		t.kind = T_UNREACHABLE;
		t.range = r;
		terminate(l, t);
		start_dead_block(l);
		return op_none(r);
	}
	if (!strncmp(name, "__builtin_va_", 13) || !strcmp(name, "__builtin_constant_p") ||
	    !strcmp(name, "__builtin_object_size") || !strcmp(name, "__builtin_prefetch")) {
		for (int i = 0; i < n; i++) lower_expr(l, clang_Cursor_getArgument(e, (unsigned)i));
		return op_none(r);
	}
	*handled = false;
	return op_none(r);
}

/* What call argument k points to, as its type before the implicit cast to
 * the parameter's (void *), canonical. */
static CXType arg_pointee(L *l, CXCursor call, int k) {
	CXCursor arg = strip_parens(l, clang_Cursor_getArgument(call, (unsigned)k));
	return clang_getCanonicalType(clang_getPointeeType(clang_getCursorType(arg)));
}

/* memcpy(d, &s, sizeof s), d a pointer to s's struct type, copies s as
 * *d = s does: its owned fields go with the copy (wget's ftp-ls.c hands a
 * parsed entry to a new list node so, then resets its fields). A pointer's
 * own bytes copied so (memcpy(buf, &p, sizeof p): iproute2's ss.c keeps a
 * strdup'ed name in a byte array) hand the pointer on: it escapes. */
static void copy_struct_by_call(L *l, const Call *c, CXCursor e, SrcRange r) {
	if (!c->callee || c->nargs != 3 || strcmp(c->callee, "memcpy")) return;
	const Operand *d = &c->args[0], *src = &c->args[1], *n = &c->args[2];
	if (src->kind != OP_ADDR || src->offset != OFF_NONE || n->kind != OP_CONST) return;
	CXType st = arg_pointee(l, e, 1);
	if (clang_Type_getSizeOf(st) != n->value) return;
	if (st.kind == CXType_Pointer && place_at(l, src->place)->is_pointer) {
		emit_use(l, op_place(src->place, src->range), USE_ESCAPE);
		return;
	}
	if (st.kind != CXType_Record || d->kind != OP_PLACE || d->offset != OFF_NONE ||
	    !clang_equalTypes(arg_pointee(l, e, 0), st))
		return;
	Annot none = {0};
	emit_assign(l, intern_place(l, d->place, PJ_DEREF, NULL, none, false), op_place(src->place, src->range), r, false);
}

/* A pointer to const: a callee handed it reads what it points to, never
 * writes it (as Rust's &T). */
static bool points_to_const(CXType t) {
	CXType c = clang_getCanonicalType(t);
	return c.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(c));
}

/* The pointer an indirect call goes through: `(*cb)(n)` and `(**cb)(n)`
 * call cb itself, since a function designator turns back into the pointer
 * it came from; nothing is read through cb. */
static CXCursor function_pointer(L *l, CXCursor callee) {
	for (CXCursor e = strip_parens(l, callee);; ) {
		if (clang_getCursorKind(e) != CXCursor_UnaryOperator) return callee;
		int base, n = kids(l, e, &base);
		CXCursor o = n == 1 ? KID(l, base, 0) : e;
		pop_kids(l, base);
		if (n != 1 || fe_unary_op(l->fe, e, o) != OPK_DEREF) return callee;
		CXType t = clang_getCanonicalType(clang_getCursorType(o));
		enum CXTypeKind pk = t.kind == CXType_Pointer ? clang_getPointeeType(t).kind : CXType_Invalid;
		if (pk != CXType_FunctionProto && pk != CXType_FunctionNoProto) return callee;
		callee = o;
		e = strip_parens(l, o);
	}
}

static Operand lower_call(L *l, CXCursor e) {
	CXCursor decl = clang_getCursorReferenced(e);
	bool direct = !clang_Cursor_isNull(decl) && clang_getCursorKind(decl) == CXCursor_FunctionDecl;
	SrcRange r = fe_extent(l->fe, e);
	Call *c = ARENA_NEW(l->a, Call);
	int base, nk = kids(l, e, &base);
	CXCursor callee = nk ? KID(l, base, 0) : e;
	pop_kids(l, base);
	const Signature *hook = direct || clang_Cursor_isNull(decl) ? NULL : fe_hook_signature(l->fe, decl);
	if (hook) {   /* a global function pointer a model names: a call of that function */
		c->sig = hook;
		c->callee = hook->name;
		c->noreturn = hook->noreturn;
		c->callee_range = fe_extent(l->fe, strip_parens(l, callee));
	} else if (direct) {
		c->sig = fe_callee_signature(l->fe, decl);
		const char *name = c->sig->name;   /* the declaration's, spelled once per callee */
		if ((!strcmp(name, "alloca") || !strncmp(name, "__builtin_alloca", 16)) && !l->fn->unbounded) {
			l->fn->unbounded = "alloca";
			l->fn->unbounded_at = r;
		}
		if (!strncmp(name, "__builtin_", 10)) {
			bool handled;
			Operand o = lower_builtin(l, e, name, &handled);
			if (handled) return o;
		}
		c->callee = name;
		c->noreturn = c->sig->noreturn;
		c->defined_here = map_get(&l->fe->defined, name) != NULL;
		c->callee_range = fe_extent(l->fe, strip_parens(l, callee));
	} else if (nk && clang_getCursorKind(decl) != CXCursor_Constructor) {
		c->fn = lower_expr(l, function_pointer(l, callee));
		c->callee_range = fe_extent(l->fe, callee);
	} else {   /* no callee expression (C++'s S s;, a constructor): a call of an unknown function */
		c->fn = op_none(r);
		c->callee_range = r;
	}
	int n = clang_Cursor_getNumArguments(e);
	c->nargs = n > 0 ? n : 0;
	c->args = ARENA_ARRAY(l->a, Operand, c->nargs);
	bool restricted = restrict_call(c->sig), reserves = reserves_args(c->sig, c->nargs);
	c->arg_ext = reserves ? ARENA_ARRAY(l->a, SrcRange, c->nargs) : NULL;
	for (int i = 0; i < c->nargs; i++) {   /* source order, left to right (7.42) */
		CXCursor arg = clang_Cursor_getArgument(e, (unsigned)i);
		if (reserves) c->arg_ext[i] = fe_extent(l->fe, arg);
		l->int_cast = clang_getNullCursor();
		c->args[i] = lower_expr(l, arg);
		if (c->args[i].kind == OP_NONE && passes_pointer_as_int(l, arg, c->sig)) emit_use(l, l->int_cast_of, USE_ESCAPE);
		if (!c->args[i].range.line) c->args[i].range = fe_extent(l->fe, arg);
		if (c->sig && i >= c->sig->nparams && i < 64 && c->args[i].kind == OP_PLACE && points_to_const(clang_getCursorType(arg)))
			c->const_varargs |= 1ull << i;
		if (c->args[i].kind == OP_NONE && restricted && !type_is_ptr(clang_getCursorType(arg))) {
			bool ok;   /* memcpy's length, 3 * sizeof *p: whether restrict ranges overlap (7.41) */
			long long v = eval_int(arg, &ok);
			if (ok) c->args[i] = op_const(v, c->args[i].range);
		}
	}
	/* glibc's error(status, ...) and error_at_line exit when status is not
	 * zero (<bits/error.h> calls its noreturn twin then): procps' xerrx */
	if (direct && !c->noreturn && c->nargs && c->args[0].kind == OP_CONST && c->args[0].value &&
	    (!strcmp(c->callee, "error") || !strcmp(c->callee, "error_at_line")) && fe_in_system_header(decl))
		c->noreturn = true;
	CXType rt = clang_getCursorType(e);
	int dst = -1;
	if (fe_type_kind(rt) != CXType_Void) {
		const char *tn = c->callee ? arena_concat(l->a, c->callee, "()", NULL) : "<call result>";
		int t = new_temp(l, tn, rt, r);
		dst = var_place(l, t);
		*(int *)vec_push(&l->temps) = t;
	}
	Stmt *s = emit(l, ST_CALL, r);
	s->call = c;
	s->dst = dst;
	if (restricted) copy_struct_by_call(l, c, e, r);   /* memcpy: its length is known (restrict) */
	if (c->noreturn) {
		Term t = {0};
		t.kind = T_UNREACHABLE;
		t.range = r;
		terminate(l, t);
		start_dead_block(l);
	}
	return dst >= 0 ? op_place(dst, r) : op_none(r);
}

/* ---- expressions ---- */

static Operand lower_children(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	for (int i = 0; i < n; i++) {
		CXCursor k = KID(l, base, i);
		if (is_expr(k)) lower_expr(l, k);
		else if (clang_isStatement(clang_getCursorKind(k))) lower_stmt(l, k);
	}
	pop_kids(l, base);
	return op_none(fe_extent(l->fe, e));
}

/* Pointer offsets are counted in bytes, so that they compare with memcpy's
 * length (7.41) and survive casts. 0: not known (an incomplete type). */
static long long pointee_size(CXType t) {
	t = clang_getCanonicalType(t);
	CXType e = t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getElementType(t);
	if (fe_type_kind(e) == CXType_Void) return 1;   /* GNU void * arithmetic */
	long long n = clang_Type_getSizeOf(e);
	return n > 0 ? n : 0;
}

static Operand with_offset(Operand o, Operand idx, bool sub, long long size) {
	if (o.kind != OP_PLACE && o.kind != OP_ADDR) return o;
	if (idx.kind == OP_CONST && o.offset != OFF_UNKNOWN && size > 0) {
		o.value = (o.offset == OFF_KNOWN ? o.value : 0) + (sub ? -idx.value : idx.value) * size;
		o.offset = OFF_KNOWN;
	} else {
		o.offset = OFF_UNKNOWN;
		o.value = sub ? -1 : 0;   /* the direction: back by an unknown amount may rewind it */
	}
	return o;
}

/* x = a && b, x = !a || b: a flag of the program's, which its later tests
 * read. Each side of the condition stores its constant into x (as if the
 * program said if (a && b) x = 1; else x = 0;), so that x's tests know what
 * a's and b's said (git's add.c: add_new_files = !take_worktree_changes &&
 * !refresh_only; ... if (add_new_files) seen = calloc(...); ... if
 * (refresh_only) goto finish;). lhs: a local's name, or place >= 0. */
static void arm_logical(L *l, CXCursor rhs, CXCursor lhs, int place, SrcRange at) {
	enum CXCursorKind k = clang_getCursorKind(rhs);
	l->logical.armed = false;
	if (k != CXCursor_BinaryOperator && k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr) return;
	CXCursor in = strip_parens(l, rhs);
	if (clang_getCursorKind(in) != CXCursor_BinaryOperator) return;
	l->logical = (struct Logical){true, false, in, lhs, place, at};
}

static bool logical_target(L *l, CXCursor e, int *place, SrcRange *at) {
	if (!l->logical.armed || !clang_equalCursors(e, l->logical.rhs)) return false;
	l->logical.armed = false;
	*place = l->logical.place >= 0 ? l->logical.place : lower_lvalue(l, l->logical.lhs, USE_WRITE, false);
	*at = l->logical.place >= 0 ? l->logical.at : fe_extent(l->fe, l->logical.lhs);
	return true;   /* done, once the sides have stored */
}

/* o := rhs lowered for a store into lhs (a local's name) or place (>= 0);
 * true when a && or || there already stored into it on each side. */
static bool lower_value_into(L *l, CXCursor rhs, CXCursor lhs, int place, SrcRange at, Operand *o) {
	arm_logical(l, rhs, lhs, place, at);
	*o = lower_expr(l, rhs);
	l->logical.armed = false;
	bool stored = l->logical.done;
	l->logical.done = false;
	return stored;
}

static Operand lower_assign(L *l, CXCursor e, CXCursor lhs, CXCursor rhs) {
	(void)e;
	Deferral d = defer_steps(l);
	Operand src;
	bool stored = false;
	if (clang_getCursorKind(lhs) == CXCursor_DeclRefExpr) stored = lower_value_into(l, rhs, lhs, -1, no_range(), &src);
	else src = lower_expr(l, rhs);
	SrcRange lr = fe_extent(l->fe, lhs);
	if (stored) {
		flush_steps(l, d);
		return src;
	}
	int p = lower_lvalue(l, lhs, USE_WRITE, false);
	emit_assign(l, p, src, lr, false);
	flush_steps(l, d);
	return op_place(p, lr);
}

static Operand lower_binary(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	if (n != 2) { pop_kids(l, base); return lower_children(l, e); }
	CXCursor lhs = KID(l, base, 0), rhs = KID(l, base, 1);
	pop_kids(l, base);
	if (is_assignment(l, e, lhs, rhs)) return lower_assign(l, e, lhs, rhs);   /* named by its left side */
	SrcRange r = fe_extent(l->fe, e);
	OpKind k = fe_binary_op(l->fe, e, lhs, rhs);
	switch (k) {
	case OPK_COMMA:
		lower_expr(l, lhs);
		return lower_expr(l, rhs);
	case OPK_LAND:
	case OPK_LOR: {
		int t = new_block(l), f = new_block(l), j = new_block(l), into;
		SrcRange at;
		bool stores = logical_target(l, e, &into, &at);
		if (stores && !at.line) at = r;
		lower_cond(l, e, t, f);
		l->cur = t;
		if (stores) emit_assign(l, into, op_const(1, r), at, false);
		goto_block(l, j);
		l->cur = f;
		if (stores) emit_assign(l, into, op_const(0, r), at, false);
		goto_block(l, j);
		l->cur = j;
		if (stores) l->logical.done = true;
		return stores ? op_place(into, r) : op_none(r);
	}
	case OPK_ADD:
	case OPK_SUB: {
		bool lp = type_is_ptr(clang_getCursorType(lhs)) || type_is_array(clang_getCursorType(lhs));
		bool rp = type_is_ptr(clang_getCursorType(rhs)) || type_is_array(clang_getCursorType(rhs));
		Operand a = lower_expr(l, lhs), b = lower_expr(l, rhs);
		if (lp && !rp) {
			a = with_offset(a, b, k == OPK_SUB, pointee_size(clang_getCursorType(lhs)));
			a.range = r;
			return a;
		}
		if (rp && !lp && k == OPK_ADD) {
			b = with_offset(b, a, false, pointee_size(clang_getCursorType(rhs)));
			b.range = r;
			return b;
		}
		return op_none(r);
	}
	case OPK_LT:
	case OPK_GT:
	case OPK_LE:
	case OPK_GE: {
		Operand a = lower_expr(l, lhs), b = lower_expr(l, rhs);
		if ((a.kind == OP_CONST) != (b.kind == OP_CONST)) {   /* v < C or C < v: say v's side first */
			static const uint8_t rel[] = {[OPK_LT] = REL_LT, [OPK_GT] = REL_GT, [OPK_LE] = REL_LE, [OPK_GE] = REL_GE};
			static const uint8_t mirror[] = {[REL_LT] = REL_GT, [REL_GT] = REL_LT, [REL_LE] = REL_GE, [REL_GE] = REL_LE};
			l->last_rel.at = e;
			l->last_rel.rel = a.kind == OP_CONST ? mirror[rel[k]] : rel[k];
			l->last_rel.c = a.kind == OP_CONST ? a.value : b.value;
		}
		return op_none(r);
	}
	default:
		lower_expr(l, lhs);
		lower_expr(l, rhs);
		return op_none(r);
	}
}

static Operand lower_compound_assign(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	if (n != 2) { pop_kids(l, base); return lower_children(l, e); }
	CXCursor lhs = KID(l, base, 0), rhs = KID(l, base, 1);
	pop_kids(l, base);
	OpKind k = fe_compound_op(l->fe, e, lhs, rhs);
	Operand v = lower_expr(l, rhs);
	int p = lower_lvalue(l, lhs, USE_WRITE, false);
	SrcRange lr = fe_extent(l->fe, lhs);
	if (place_at(l, p)->is_pointer && (k == OPK_ADD_ASSIGN || k == OPK_SUB_ASSIGN || k == OPK_UNKNOWN)) {
		Operand cur = op_place(p, lr);
		if (k == OPK_UNKNOWN) cur.offset = OFF_UNKNOWN;
		else cur = with_offset(cur, v, k == OPK_SUB_ASSIGN, pointee_size(clang_getCursorType(lhs)));
		emit_assign(l, p, cur, lr, true);
	} else {
		Operand step = op_none(lr);
		if (v.kind == OP_CONST && (k == OPK_ADD_ASSIGN || k == OPK_SUB_ASSIGN))
			step.value = k == OPK_ADD_ASSIGN ? v.value : -v.value;
		emit_assign(l, p, step, lr, false);
		VEC_AT(&blk(l, l->cur)->stmts, Stmt, blk(l, l->cur)->stmts.len - 1).rmw = true;
	}
	return op_place(p, lr);
}

static Operand lower_unary(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	if (n != 1) { pop_kids(l, base); return lower_children(l, e); }
	CXCursor o = KID(l, base, 0);
	pop_kids(l, base);
	SrcRange r = fe_extent(l->fe, e);
	OpKind k = fe_unary_op(l->fe, e, o);
	switch (k) {
	case OPK_DEREF: {
		int p = lower_lvalue(l, e, USE_READ, false);
		if (type_is_array(clang_getCursorType(e))) return op_addr(p, r);
		return op_place(p, r);
	}
	case OPK_ADDR: {
		CXCursor inner = strip_parens(l, o);
		if (clang_getCursorKind(inner) == CXCursor_DeclRefExpr &&
		    clang_getCursorKind(clang_getCursorReferenced(inner)) == CXCursor_FunctionDecl) {
			Operand f = op_none(r);
			f.kind = OP_FUNC;
			f.name = fe_str(l->fe, clang_getCursorSpelling(inner));
			return f;
		}
		return op_addr(lower_lvalue(l, o, USE_READ, true), r);
	}
	case OPK_PREINC: case OPK_PREDEC: case OPK_POSTINC: case OPK_POSTDEC: {
		int p = lower_lvalue(l, o, USE_WRITE, false);
		SrcRange orng = fe_extent(l->fe, o);
		if (place_at(l, p)->is_pointer) {
			Operand cur = op_place(p, orng);
			long long size = pointee_size(clang_getCursorType(o));
			cur.offset = size ? OFF_KNOWN : OFF_UNKNOWN;
			cur.value = (k == OPK_PREINC || k == OPK_POSTINC) ? size : -size;
			if ((k == OPK_POSTINC || k == OPK_POSTDEC) && l->defer_steps && l->nsteps < 8) {
				l->steps[l->nsteps++] = (struct PendingStep){p, cur, orng};
				return op_place(p, orng);   /* p before the step, which it still holds */
			}
			emit_assign(l, p, cur, orng, true);
			/* p++ is p before the step: the stepped place, stepped back
			 * (start = p++; ... free(start) frees the block's start) */
			if ((k == OPK_POSTINC || k == OPK_POSTDEC) && size) {
				cur.value = -cur.value;
				return cur;
			}
		} else {
			Operand step = op_none(orng);
			step.value = k == OPK_PREINC || k == OPK_POSTINC ? 1 : -1;
			emit_assign(l, p, step, orng, false);
			VEC_AT(&blk(l, l->cur)->stmts, Stmt, blk(l, l->cur)->stmts.len - 1).rmw = true;
			/* n++ is n's value before the step, which the place no longer
			 * holds: if (found++) tests the old count (iproute2's
			 * NEXT_ARG loops), and read as the new one, a zero count made
			 * the branch to duparg() certain */
			if (k == OPK_POSTINC || k == OPK_POSTDEC) return op_none(orng);
		}
		return op_place(p, orng);
	}
	case OPK_EXTENSION:
		return lower_expr(l, o);
	case OPK_UNKNOWN:
		if (type_is_ptr(clang_getCursorType(e))) {   /* ++/-- of a pointer, direction unknown */
			int p = lower_lvalue(l, o, USE_WRITE, false);
			Operand cur = op_place(p, r);
			cur.offset = OFF_UNKNOWN;
			emit_assign(l, p, cur, r, true);
			return op_place(p, r);
		}
		lower_expr(l, o);
		return op_none(r);
	default: {   /* ! - + ~: the value is read, not used; constants fold (MAP_FAILED is (void *)-1) */
		Operand v = lower_expr(l, o);
		if (v.kind == OP_CONST || v.kind == OP_NULL) {
			long long x = v.kind == OP_NULL ? 0 : v.value;
			if (k == OPK_NEG) return op_const(-x, r);
			if (k == OPK_PLUS) return op_const(x, r);
			if (k == OPK_BITNOT) return op_const(~x, r);
			if (k == OPK_NOT) return op_const(!x, r);
		}
		return op_none(r);
	}
	}
}

/* One arm of a conditional: its value into the result tp, then on to join. */
static void arm_value(L *l, int tp, Operand o, SrcRange r, int join) {
	emit_assign(l, tp, o, o.range.line ? o.range : r, false);
	goto_block(l, join);
}

static Operand lower_conditional(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	if (n != 3) { pop_kids(l, base); return lower_children(l, e); }
	CXCursor c = KID(l, base, 0), x = KID(l, base, 1), y = KID(l, base, 2);
	pop_kids(l, base);
	SrcRange r = fe_extent(l->fe, e);
	int t = new_temp(l, "<?:>", clang_getCursorType(e), r);
	int tp = var_place(l, t);
	int bx = new_block(l), by = new_block(l), j = new_block(l);
	lower_cond(l, c, bx, by);
	l->cur = bx;
	arm_value(l, tp, lower_expr(l, x), r, j);
	l->cur = by;
	arm_value(l, tp, lower_expr(l, y), r, j);
	l->cur = j;
	return op_place(tp, r);
}

static void push_scope(L *l);
static void pop_scope(L *l, SrcRange at);

static SrcRange closing_brace(L *l, CXCursor c) {
	SrcRange r = fe_extent(l->fe, c);
	r.line = r.end_line;
	r.col = r.end_col > 1 ? r.end_col - 1 : 1;
	return r;
}

static Operand lower_stmt_expr(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	CXCursor body = n ? KID(l, base, 0) : e;
	pop_kids(l, base);
	if (!n || clang_getCursorKind(body) != CXCursor_CompoundStmt) return lower_children(l, e);
	n = kids(l, body, &base);
	push_scope(l);
	Operand result = op_none(fe_extent(l->fe, e));
	for (int i = 0; i < n; i++) {
		CXCursor s = KID(l, base, i);
		if (i == n - 1 && is_expr(s)) {
			Operand o = lower_expr(l, s);
			if (o.kind == OP_PLACE) {   /* the value outlives the block's locals: copy it out */
				int t = new_temp(l, "<({})>", clang_getCursorType(e), fe_extent(l->fe, e));
				emit_assign(l, var_place(l, t), o, o.range, false);
				o = op_place(var_place(l, t), o.range);
			}
			result = o;
		} else {
			lower_stmt(l, s);
		}
	}
	pop_kids(l, base);
	pop_scope(l, closing_brace(l, body));
	return result;
}

static Operand lower_declref(L *l, CXCursor e) {
	SrcRange r = fe_extent(l->fe, e);
	CXCursor d = clang_getCursorReferenced(e);
	switch (clang_getCursorKind(d)) {
	case CXCursor_VarDecl:
	case CXCursor_ParmDecl: {
		/* an array names its address; the variable's type says so (a
		 * parameter's is its declared array type, as its uses' is) */
		int v = var_of_decl(l, d), p = var_place(l, v);
		return VEC_AT(&l->vars, Var, v).is_array ? op_addr(p, r) : op_place(p, r);
	}
	case CXCursor_FunctionDecl: {
		Operand o = op_none(r);
		o.kind = OP_FUNC;
		o.name = fe_str(l->fe, clang_getCursorSpelling(d));
		return o;
	}
	case CXCursor_EnumConstantDecl:
		return op_const(clang_getEnumConstantDeclValue(d), r);
	default:
		return op_none(r);
	}
}

static bool spelled_va_list(CXType t) {
	CXString s = clang_getTypeSpelling(t);
	bool yes = strstr(clang_getCString(s), "va_list") != NULL;
	clang_disposeString(s);
	return yes;
}

/* va_arg(ap, T) is not exposed either. Unlike an implicit cast, whose
 * location is its operand's, it is located at the builtin's name; and the
 * operand is a va_list. (Locations, not extents: this runs for every
 * implicit cast, and an extent costs a token measurement.) */
static bool is_va_arg(L *l, CXCursor e, CXCursor operand) {
	if (clang_getCursorKind(e) != CXCursor_UnexposedExpr || fe_same_location(l->fe, e, operand)) return false;
	CXType t = clang_getCursorType(operand);
	return spelled_va_list(t) || spelled_va_list(clang_getCanonicalType(t));
}

/* A variable of a type that is no pointer and no array: an expression
 * naming it has that type, so no conversion of it is a pointer's. */
static bool holds_no_pointer(L *l, int place) {
	const Place *p = place_at(l, place);
	if (p->kind != PJ_BASE) return false;
	const Var *v = &VEC_AT(&l->vars, Var, p->var);
	return !v->is_pointer && !v->is_array;
}

static void branch_on(L *l, Operand o, int t, int f, CXCursor cond, bool negated);

/* GNU's c ?: y, which libclang does not expose: its common operand c
 * three times (the value, the condition, the result when true), all at
 * c's location, which is the node's own, then y. */
static bool elvis_parts(L *l, CXCursor e, int base, int n, CXCursor *c, CXCursor *y) {
	if (n != 4 || clang_getCursorKind(e) != CXCursor_UnexposedExpr) return false;
	for (int i = 0; i < 4; i++)
		if (!is_expr(KID(l, base, i))) return false;
	*c = KID(l, base, 0);
	*y = KID(l, base, 3);
	return fe_same_location(l->fe, e, *c) && fe_same_location(l->fe, *c, KID(l, base, 1)) &&
	       fe_same_location(l->fe, *c, KID(l, base, 2)) && !fe_same_location(l->fe, *c, *y);
}

/* c ?: y: c's value, evaluated once, when it is non-zero; else y's. */
static Operand lower_elvis(L *l, CXCursor e, CXCursor c, CXCursor y) {
	SrcRange r = fe_extent(l->fe, e);
	int t = new_temp(l, "<?:>", clang_getCursorType(e), r);
	int tp = var_place(l, t);
	Operand oc = lower_expr(l, c);   /* tested as itself, as c ? c : y would test it */
	int bx = new_block(l), by = new_block(l), j = new_block(l);
	branch_on(l, oc, bx, by, c, false);
	l->cur = bx;
	arm_value(l, tp, oc, r, j);
	l->cur = by;
	arm_value(l, tp, lower_expr(l, y), r, j);
	l->cur = j;
	return op_place(tp, r);
}

/* Implicit and explicit casts, parentheses, and the expressions libclang
 * does not expose: look through to the one operand. */
/* e, a cast of the integer expression `inner` to a pointer, where inner
 * converted one pointer to an integer (lower_wrapper counts them): is inner
 * that integer moved by arithmetic (+, -, &, |, ^ and their operands, under
 * parentheses and casts), rather than something else computed from it (a
 * comparison, a call, a pointer difference)? Read off the operators only
 * here, where the cast back is. */
static bool int_arith_of_cast(L *l, CXCursor x, int depth) {
	if (depth > 32) return false;
	if (clang_equalCursors(x, l->int_cast)) return true;
	enum CXCursorKind k = clang_getCursorKind(x);
	int base, n = kids(l, x, &base);
	bool ok = false;
	if ((k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr) && n >= 1) {
		CXCursor in = KID(l, base, n - 1);
		ok = is_expr(in) && !type_is_ptr(clang_getCursorType(x)) && int_arith_of_cast(l, in, depth + 1);
	} else if (k == CXCursor_BinaryOperator && n == 2) {
		Stats *st = &l->fe->u->stats;   /* asked again: counted once, when it was lowered */
		int ops = st->operators, unknown = st->operators_unknown;
		OpKind op = fe_binary_op(l->fe, x, KID(l, base, 0), KID(l, base, 1));
		st->operators = ops;
		st->operators_unknown = unknown;
		ok = (op == OPK_ADD || op == OPK_SUB || op == OPK_AND || op == OPK_OR || op == OPK_XOR || op == OPK_ARITH) &&
		     (int_arith_of_cast(l, KID(l, base, 0), depth + 1) || (op != OPK_SUB && int_arith_of_cast(l, KID(l, base, 1), depth + 1)));
	}
	pop_kids(l, base);
	return ok;
}

static bool pointer_from_int(L *l, CXCursor e, CXCursor inner) {
	if (clang_Cursor_isNull(l->int_cast) || !type_is_ptr(clang_getCursorType(e)) || type_is_ptr(clang_getCursorType(inner)))
		return false;
	return int_arith_of_cast(l, inner, 0);
}

static Operand lower_wrapper(L *l, CXCursor e) {
	int base, n = kids(l, e, &base);
	int nexpr = 0;
	CXCursor last = e, common, other;
	if (elvis_parts(l, e, base, n, &common, &other)) {
		pop_kids(l, base);
		return lower_elvis(l, e, common, other);
	}
	for (int i = 0; i < n; i++)
		if (is_expr(KID(l, base, i))) { nexpr++; last = KID(l, base, i); }
	pop_kids(l, base);
	enum CXCursorKind k = clang_getCursorKind(e);
	/* (__typeof__(*p) *)q: the expressions before a cast's operand are its
	 * type's, which are not evaluated (as sizeof's operand) */
	if (nexpr != 1 && !(k == CXCursor_CStyleCastExpr && nexpr > 1)) return lower_children(l, e);
	/* offsetof(__typeof__(*p), m): libclang hands out the type's expression
	 * as the only one, and the member as a reference; no conversion makes an
	 * integer of a struct (nor has children other than its operand) */
	if (k == CXCursor_UnexposedExpr && n > nexpr &&
	    fe_type_kind(clang_getCursorType(last)) == CXType_Record && fe_type_kind(clang_getCursorType(e)) != CXType_Record)
		return op_none(fe_extent(l->fe, e));
	int casts = l->int_casts;
	Operand o = lower_expr(l, last);
	if (is_va_arg(l, e, last)) return op_none(fe_extent(l->fe, e));   /* a value read from ap, not ap itself */
	if (o.kind == OP_NONE && l->int_casts == casts + 1 && pointer_from_int(l, e, last)) {
		/* (T *)(((uintptr_t)p + a - 1) & ~(a - 1)): the one pointer the integer
		 * was made of, moved by an amount ownck does not know (nginx's
		 * ngx_align_ptr), not a value of nowhere */
		o = l->int_cast_of;
		o.offset = OFF_UNKNOWN;
		o.value = 0;
		o.range = fe_extent(l->fe, e);
		return o;
	}
	if (!is_null_const(o) && o.kind != OP_PLACE && o.kind != OP_ADDR) return o;   /* nothing the type changes */
	if (o.kind == OP_PLACE && holds_no_pointer(l, o.place)) return o;   /* an integer read, widened: the same */
	CXType t = clang_getCursorType(e);
	if (type_is_ptr(t) && is_null_const(o)) o.kind = OP_NULL;
	else if (!type_is_ptr(t) && !type_is_array(t) && (o.kind == OP_PLACE || o.kind == OP_ADDR) &&
	         type_is_ptr(clang_getCursorType(last)) && fe_type_kind(t) != CXType_Bool) {
		l->int_cast = e;   /* a pointer turned into an integer: ownck stops following it */
		l->int_cast_of = o;
		l->int_casts++;
		o = op_none(o.range);
	}
	return o;
}

/* Is e, under parentheses and casts, the integer l->int_cast made of a
 * pointer? Such an argument hands the pointer on (lighttpd's ls-hpack
 * stores (uintptr_t) entry in a table) unless the callee is the system's,
 * which keeps no integer it is given (printf("%lx", (unsigned long) p)). */
static bool passes_pointer_as_int(L *l, CXCursor e, const Signature *sig) {
	if (clang_Cursor_isNull(l->int_cast) || (sig && sig->system)) return false;
	for (;;) {
		if (clang_equalCursors(e, l->int_cast)) return true;
		enum CXCursorKind k = clang_getCursorKind(e);
		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr) return false;
		int base, n = kids(l, e, &base);
		CXCursor last = n ? KID(l, base, n - 1) : e;
		pop_kids(l, base);
		if (!n || !is_expr(last)) return false;
		e = last;
	}
}

static Operand lower_expr_inner(L *l, CXCursor e) {
	SrcRange r;
	switch (clang_getCursorKind(e)) {
	case CXCursor_UnexposedExpr:
	case CXCursor_ParenExpr:
	case CXCursor_CStyleCastExpr:
		return lower_wrapper(l, e);
	case CXCursor_DeclRefExpr:
		return lower_declref(l, e);
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral: {
		bool ok = true;
		long long v;
		if (!fe_int_literal(l->fe, e, &v)) v = eval_int(e, &ok);
		return ok ? op_const(v, fe_extent(l->fe, e)) : op_none(fe_extent(l->fe, e));
	}
	case CXCursor_StringLiteral: {
		Operand o = op_none(fe_extent(l->fe, e));
		o.kind = OP_STRING;
		return o;
	}
	case CXCursor_GNUNullExpr: {
		Operand o = op_none(fe_extent(l->fe, e));
		o.kind = OP_NULL;
		return o;
	}
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr: {
		r = fe_extent(l->fe, e);
		int p = lower_lvalue(l, e, USE_READ, false);
		return type_is_array(clang_getCursorType(e)) ? op_addr(p, r) : op_place(p, r);
	}
	case CXCursor_UnaryOperator:
		return lower_unary(l, e);
	case CXCursor_BinaryOperator:
		return lower_binary(l, e);
	case CXCursor_CompoundAssignOperator:
		return lower_compound_assign(l, e);
	case CXCursor_ConditionalOperator:
		return lower_conditional(l, e);
	case CXCursor_CallExpr:
		return lower_call(l, e);
	case CXCursor_StmtExpr:
		return lower_stmt_expr(l, e);
	case CXCursor_CompoundLiteralExpr: {
		r = fe_extent(l->fe, e);
		int p = literal_place(l, e);
		return type_is_array(clang_getCursorType(e)) ? op_addr(p, r) : op_place(p, r);
	}
	case CXCursor_InitListExpr: {
		/* a bare list with no destination: its pointers go where ownck cannot follow */
		int base, n = kids(l, e, &base);
		for (int i = 0; i < n; i++) emit_use(l, lower_expr(l, KID(l, base, i)), USE_ESCAPE);
		pop_kids(l, base);
		return op_none(fe_extent(l->fe, e));
	}
	case CXCursor_UnaryExpr: {        /* sizeof, _Alignof: the operand is not evaluated */
		bool ok;
		long long v = eval_int(e, &ok);   /* a VLA's size is not constant: nonzero is all that is known */
		return op_const(ok ? v : 1, fe_extent(l->fe, e));
	}
	case CXCursor_AddrLabelExpr:
		return op_const(1, fe_extent(l->fe, e));
	case CXCursor_FloatingLiteral:
	case CXCursor_ImaginaryLiteral:
		return op_none(fe_extent(l->fe, e));
	default:
		return lower_children(l, e);
	}
}

/* Expressions through which a pointer's p++ may wait until the value is
 * stored: no sequence point inside, no call, no block (the step must land
 * before the right operand of && reads p, before a call is made). */
static bool holds_steps(enum CXCursorKind k) {
	return k == CXCursor_UnaryOperator || k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr ||
	       k == CXCursor_CStyleCastExpr || k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr ||
	       k == CXCursor_ArraySubscriptExpr;
}

static Operand lower_expr(L *l, CXCursor e) {
	if (!enter(l)) { l->depth--; return op_none(no_range()); }
	bool defer = l->defer_steps;
	if (defer && !holds_steps(e.kind)) l->defer_steps = false;
	Operand o = lower_expr_inner(l, e);
	l->defer_steps = defer;
	l->depth--;
	return o;
}

/* ---- conditions ---- */

/* Does e read only local non-pointer variables, with no side effect (no
 * call, assignment, ++, dereference)? Then it is a pure expression, and
 * `vars` lists what it reads. */
static bool pure_expr(L *l, CXCursor e, Vec *vars, int depth) {
	if (depth > 64) return false;
	enum CXCursorKind k = clang_getCursorKind(e);
	switch (k) {
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_UnaryExpr:
		return true;
	case CXCursor_DeclRefExpr: {
		CXCursor d = clang_getCursorReferenced(e);
		enum CXCursorKind dk = clang_getCursorKind(d);
		if (dk == CXCursor_EnumConstantDecl) return true;
		if (dk != CXCursor_VarDecl && dk != CXCursor_ParmDecl) return false;
		int v = ptrmap_get(&l->decls, decl_key(d));
		if (v < 0) return false;
		const Var *var = &VEC_AT(&l->vars, Var, v);
		if (var->kind != VK_LOCAL && var->kind != VK_PARAM) return false;
		if (var->is_pointer || var->is_array || var->is_aggregate) return false;
		*(int *)vec_push(vars) = v;
		return true;
	}
	case CXCursor_UnaryOperator: {
		int base, n = kids(l, e, &base);
		CXCursor o = n == 1 ? KID(l, base, 0) : e;
		pop_kids(l, base);
		OpKind op = n == 1 ? fe_unary_op(l->fe, e, o) : OPK_UNKNOWN;
		if (op != OPK_NOT && op != OPK_NEG && op != OPK_BITNOT && op != OPK_PLUS) return false;
		return pure_expr(l, o, vars, depth + 1);
	}
	case CXCursor_BinaryOperator:
	case CXCursor_ParenExpr:
	case CXCursor_UnexposedExpr:
	case CXCursor_CStyleCastExpr: {
		int base, n = kids(l, e, &base);
		bool ok = n > 0 && n <= 2;
		if (ok && k == CXCursor_BinaryOperator) ok = n == 2 && !is_assignment(l, e, KID(l, base, 0), KID(l, base, 1));
		for (int i = 0; ok && i < n; i++) {
			CXCursor c = KID(l, base, i);
			ok = clang_getCursorKind(c) == CXCursor_TypeRef || pure_expr(l, c, vars, depth + 1);
		}
		pop_kids(l, base);
		return ok;
	}
	default:
		return false;
	}
}

typedef struct CondAlias { const char *to; bool negated; } CondAlias;

/* The key of a branch's condition: equal texts (or aliases) one key. */
static int key_of(L *l, const char *norm) {
	uintptr_t key = (uintptr_t)map_get(&l->cond_keys, norm);
	if (!key) {
		key = (uintptr_t)l->cond_keys.len + 1;
		map_put(&l->cond_keys, norm, (void *)key);
	}
	return (int)key;
}

/* The local or parameter pointer an operand is, itself, or -1. */
static int pointer_var(L *l, Operand o) {
	if (o.kind != OP_PLACE || o.place < 0 || o.offset != OFF_NONE) return -1;
	const Place *p = place_at(l, o.place);
	if (p->kind != PJ_BASE || !p->is_pointer) return -1;
	const Var *v = &VEC_AT(&l->vars, Var, p->var);
	return (v->kind == VK_LOCAL || v->kind == VK_PARAM) && !v->is_array ? p->var : -1;
}

/* p == q, p != q and q == p, of two pointer variables, test one thing while
 * neither is assigned (vasnprintf: if (result == resultbuf) malloc, else
 * realloc(result); ... if (result == resultbuf) memcpy(mem, result, n)):
 * one key, whose value is the equal side (succ[0] of such a branch). */
static void pointer_equality_key(L *l, Term *term, Operand a, Operand b) {
	int x = pointer_var(l, a), y = pointer_var(l, b);
	if (x < 0 || y < 0 || x == y) return;
	if (x > y) { int t = x; x = y; y = t; }
	char name[48];
	snprintf(name, sizeof name, "@%d==%d", x, y);   /* '@' begins no C condition's text */
	int vars[2] = {x, y};
	term->key = key_of(l, arena_strdup(l->a, name));
	term->key_flags = 0;
	term->nkey_vars = 2;
	term->key_vars = arena_memdup(l->a, vars, sizeof vars);
}

/* The text without its blanks, in the arena. */
static char *squeezed(L *l, const char *text) {
	char *norm = arena_alloc(l->a, strlen(text) + 1), *w = norm;
	for (const char *c = text; *c; c++)
		if (*c != ' ' && *c != '\t' && *c != '\n') *w++ = *c;
	*w = 0;
	return norm;
}

static bool word_char(char c) { return c == '_' || isalnum((unsigned char)c); }

/* Does the text of a for loop's first part set `name` to 0 (i = 0, size_t i = 0;)? */
static bool sets_zero(const char *text, const char *name) {
	size_t n = strlen(name);
	for (const char *p = strstr(text, name); p; p = strstr(p + 1, name)) {
		if ((p > text && word_char(p[-1])) || word_char(p[n])) continue;
		const char *q = p + n;
		while (*q == ' ' || *q == '\t') q++;
		if (*q++ != '=' || *q == '=') continue;
		while (*q == ' ' || *q == '\t') q++;
		if (*q++ != '0') continue;
		while (*q == ' ' || *q == '\t' || *q == ';') q++;
		return !*q || *q == ',';
	}
	return false;
}

static void alias_condition(L *l, const char *name, const char *op, const char *bound, const char *to, bool negated) {
	size_t len = strlen(name) + strlen(op) + strlen(bound) + 1;
	char *text = arena_alloc(l->a, len);
	snprintf(text, len, "%s%s%s", name, op, bound);
	CondAlias *a = arena_alloc(l->a, sizeof *a);
	*a = (CondAlias){to, negated};
	map_put(&l->cond_alias, text, a);
}

/* A loop test `name<bound` (blanks squeezed out, in *text): the counter's
 * name and the bound, in the arena; false for any other test. */
static bool counter_test(L *l, const Term *test, const char **text, const char **name, const char **bound) {
	const char *c = squeezed(l, test->text);
	size_t n = 0;
	while (word_char(c[n])) n++;
	if (!n || isdigit((unsigned char)c[0]) || c[n] != '<' || c[n + 1] == '<' || c[n + 1] == '=' || !c[n + 1]) return false;
	char *nm = arena_alloc(l->a, n + 1);
	memcpy(nm, c, n);
	nm[n] = 0;
	*text = c;
	*name = nm;
	*bound = c + n + 1;
	return true;
}

/* for (i = 0; i < n; i++) leaves with i == n, a count being never negative:
 * after the loop (and in it) `i == n` and `i >= n` test !(i < n), and
 * `i != n` tests i < n. A search loop that breaks out when it finds its slot
 * and `if (i == n)` for the not-found case then take consistent paths (7.36);
 * the key's variables still decide how long the test holds. */
static void note_counted_loop(L *l, const Term *test, CXCursor init, CXCursor inc) {
	if (test->kind != T_BRANCH || !test->key || !test->text) return;   /* the header's own pure test */
	const char *c, *name, *bound;
	if (!counter_test(l, test, &c, &name, &bound)) return;
	size_t n = strlen(name);
	const char *it = fe_source_text(l->fe, init, 60), *st = fe_source_text(l->fe, inc, 60);
	if (!it || !st) return;
	char *step = squeezed(l, st);
	size_t sl = strlen(step);
	bool by_one = (sl == n + 2 && !strncmp(step, name, n) && !strcmp(step + n, "++")) ||
	              (sl == n + 2 && !strncmp(step, "++", 2) && !strcmp(step + 2, name)) ||
	              (sl == n + 3 && !strncmp(step, name, n) && !strcmp(step + n, "+=1"));
	if (!by_one || !sets_zero(it, name)) return;
	alias_condition(l, name, "==", bound, c, true);
	alias_condition(l, name, ">=", bound, c, true);
	alias_condition(l, name, "!=", bound, c, false);
}

/* An earlier test that is `0 < bound`: a branch on an unsigned variable
 * bound itself (if (n), if (n == 0)), or a pure test keyed by its text
 * (bound > 0, bound >= 1; bound <= 0 and bound < 1 the other way round).
 * Fills the entry test's condition and key; false when there is none. */
static bool guard_of(L *l, const char *bound, int bound_var, Term *e) {
	if (bound_var >= 0 && VEC_AT(&l->vars, Var, bound_var).is_unsigned && bound_var < l->tested.len &&
	    VEC_AT(&l->tested, bool, bound_var)) {
		e->cond = op_place(var_place(l, bound_var), e->range);
		return true;
	}
	static const struct { const char *before, *after; bool negated; } forms[] = {
		{"", ">0", false}, {"0<", "", false}, {"", ">=1", false}, {"1<=", "", false},
		{"", "<=0", true}, {"0>=", "", true}, {"", "<1", true},
	};
	char text[96];
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		snprintf(text, sizeof text, "%s%s%s", forms[i].before, bound, forms[i].after);
		uintptr_t key = (uintptr_t)map_get(&l->cond_keys, text);
		if (!key) continue;
		e->cond = op_none(e->range);
		e->key = (int)key;
		e->key_flags = forms[i].negated ? KEY_NEGATED : 0;
		return true;
	}
	return false;
}

/* for (i = 0; i < n; ...) tests 0 < n before its first iteration. Where the
 * function has tested that before (if (n), if (n > 0)), the loop is entered
 * through a block of its own that repeats the earlier test: to the body
 * where it holds, else to the header's test, as without it. A loop inside
 * if (n) { ... } then runs at least once, and what its body does to a block
 * is done on every path (7.36); the exit is still the header's test alone
 * (i == n after the loop). Returns that block, or -1. */
static int entry_test(L *l, int h, CXCursor init) {
	const Term *test = &blk(l, h)->term;
	if (test->kind != T_BRANCH || !test->key || test->key_flags || !test->text || test->cond.kind != OP_NONE) return -1;
	const char *c, *name, *bound;
	if (!counter_test(l, test, &c, &name, &bound)) return -1;
	const char *it = fe_source_text(l->fe, init, 60);
	if (strlen(bound) > 60 || !it || !sets_zero(it, name)) return -1;
	/* the bound's variables: the test's, but the counter */
	int vars[8], nv = 0, bound_var = -1, counter = 0;
	for (int k = 0; k < test->nkey_vars; k++) {
		int v = test->key_vars[k];
		const char *vn = VEC_AT(&l->vars, Var, v).name;
		if (vn && !strcmp(vn, name)) { counter++; continue; }
		if (nv == 8) return -1;
		vars[nv++] = v;
		if (vn && !strcmp(vn, bound)) bound_var = v;
	}
	if (counter != 1 || !nv) return -1;
	Term e = {0};
	e.kind = T_BRANCH;
	e.succ[0] = test->succ[0];
	e.succ[1] = h;   /* where the guard is not known: the header's test, as before */
	e.range = test->range;
	e.text = test->text;
	if (!guard_of(l, bound, bound_var, &e)) return -1;
	if (e.key) {
		e.nkey_vars = nv;
		e.key_vars = arena_memdup(l->a, vars, sizeof(int) * (size_t)nv);
	}
	int b = new_block(l);
	blk(l, b)->term = e;
	return b;
}

/* The key of a pure condition: equal texts get equal keys. */
static void condition_key(L *l, CXCursor cond, Term *term) {
	const char *text = term->text;
	if (!text) return;
	Vec vars;
	vec_init(&vars, sizeof(int));
	if (pure_expr(l, cond, &vars, 0) && vars.len) {
		char *norm = squeezed(l, text);
		const CondAlias *alias = l->cond_alias.len ? map_get(&l->cond_alias, norm) : NULL;
		if (alias) norm = (char *)alias->to, term->key_flags = KEY_ALIAS | (alias->negated ? KEY_NEGATED : 0);
		term->key = key_of(l, norm);
		term->nkey_vars = vars.len;
		term->key_vars = arena_memdup(l->a, vars.data, sizeof(int) * (size_t)vars.len);
	}
	vec_free(&vars);
}

/* A branch on o: t when it is non-zero. `cond` is the condition as written,
 * which is true on t unless `negated`. */
static void branch_on(L *l, Operand o, int t, int f, CXCursor cond, bool negated) {
	if (o.kind == OP_CONST) { goto_block(l, o.value ? t : f); return; }
	if (o.kind == OP_NULL) { goto_block(l, f); return; }
	if (o.kind == OP_ADDR || o.kind == OP_STRING || o.kind == OP_FUNC) { goto_block(l, t); return; }
	Term term = {0};
	term.kind = T_BRANCH;
	term.succ[0] = t;
	term.succ[1] = f;
	term.cond = o;
	if (o.kind == OP_PLACE && o.offset == OFF_NONE && o.place >= 0 && place_at(l, o.place)->kind == PJ_BASE) {
		int v = place_at(l, o.place)->var;
		while (l->tested.len <= v) *(bool *)vec_push(&l->tested) = false;
		VEC_AT(&l->tested, bool, v) = true;
	}
	term.range = fe_extent(l->fe, cond);
	term.text = fe_source_text(l->fe, cond, 60);
	term.text_true = negated ? 1 : 0;
	if (o.kind == OP_NONE && !negated) condition_key(l, cond, &term);
	terminate(l, term);
}

/* The branch just made tests `v == C` (or `C == v`), C a non-zero constant:
 * KEY_EQ. The key stays the text's, so that a function's keys and bits are
 * what they were (keying by value merged tests, and the extra bits cost
 * gnulib's vasnprintf correlations it had); the tests of one variable
 * against several constants, and against zero (`if (v)`, `v == 0`: a test
 * of v itself), then rule each other out (ownership.c: eq_siblings). Two
 * names of one value are taken for two constants: a path is then cut that
 * exists, never one added. `v != C` is `v == C`'s key, negated
 * (key_negated). */
static void mark_constant_test(L *l, OpKind k, Operand a, Operand b) {
	Term *term = &blk(l, l->cur)->term;
	if (term->kind != T_BRANCH || !term->key || term->nkey_vars != 1 || (a.kind == OP_CONST) == (b.kind == OP_CONST)) return;
	if ((term->key_flags & KEY_ALIAS) || (k == OPK_NE && !(term->key_flags & KEY_NEGATED))) return;
	term->key_rel = REL_EQ;   /* v != C too, keyed as v == C, negated */
	term->key_const = a.kind == OP_CONST ? a.value : b.value;
	if (k == OPK_EQ && !term->key_flags && term->key_const) term->key_flags = KEY_EQ;
}

/* The branch just made on cond tests `v < C` (<=, >, >=; C < v): its key
 * says so, for the assignments that decide it (ownership.c: assign_relations:
 * int cnt = -1; ... if (cnt < 0) { cnt = n; arr = malloc(...); }). */
static void key_relation(L *l, CXCursor cond) {
	Term *term = &blk(l, l->cur)->term;
	if (!l->last_rel.rel || clang_Cursor_isNull(l->last_rel.at) || !clang_equalCursors(l->last_rel.at, cond)) return;
	if (term->kind == T_BRANCH && term->key && term->nkey_vars == 1 && !term->key_flags) {
		term->key_rel = l->last_rel.rel;
		term->key_const = l->last_rel.c;
	}
	l->last_rel.rel = REL_NONE;
}

/* The branch just made tests the negation of `lhs op rhs` (`a != b` of
 * `a == b`, `~x & F` of `x & F`): key it as that test, negated, so that the
 * two tests are one condition (tmux's args_parse: if (c == ':') ...; if (c
 * != ':') return). Written across lines or by macros, or the same test as
 * another already (a counted loop's i != n), it keeps its key. */
static void key_negated(L *l, CXCursor lhs, const char *op, CXCursor rhs) {
	Term *term = &blk(l, l->cur)->term;
	if (term->kind != T_BRANCH || !term->key || term->key_flags) return;   /* a loop's i != n is i < n */
	const char *a = fe_source_text(l->fe, lhs, 60), *b = fe_source_text(l->fe, rhs, 60);
	if (!a || !b) return;
	term->key = key_of(l, arena_concat(l->a, squeezed(l, a), op, squeezed(l, b)));
	term->key_flags = KEY_NEGATED;
}

/* Is e `~x & F` (or `F & ~x`), F a constant with one bit set? Then it
 * tests !(x & F): *x is x. */
static bool complement_bit_test(L *l, CXCursor lhs, CXCursor rhs, CXCursor *x, CXCursor *bit) {
	for (int side = 0; side < 2; side++) {
		CXCursor u = strip_parens(l, side ? rhs : lhs), c = side ? lhs : rhs;
		if (clang_getCursorKind(u) != CXCursor_UnaryOperator) continue;
		int base, n = kids(l, u, &base);
		CXCursor o = n == 1 ? KID(l, base, 0) : u;
		pop_kids(l, base);
		if (n != 1 || fe_unary_op(l->fe, u, o) != OPK_BITNOT) continue;
		bool ok;
		long long v = eval_int(c, &ok);
		if (!ok || v <= 0 || (v & (v - 1))) continue;
		*x = o;
		*bit = c;
		return true;
	}
	return false;
}

static bool lower_cond_binary(L *l, CXCursor e, int t, int f) {
	int base, n = kids(l, e, &base);
	if (n != 2) { pop_kids(l, base); return false; }
	CXCursor lhs = KID(l, base, 0), rhs = KID(l, base, 1);
	pop_kids(l, base);
	if (is_assignment(l, e, lhs, rhs)) return false;
	OpKind k = fe_binary_op(l->fe, e, lhs, rhs);
	SrcRange r = fe_extent(l->fe, e);
	switch (k) {
	case OPK_LAND: {
		int mid = new_block(l);
		lower_cond(l, lhs, mid, f);
		l->cur = mid;
		lower_cond(l, rhs, t, f);
		return true;
	}
	case OPK_LOR: {
		int mid = new_block(l);
		lower_cond(l, lhs, t, mid);
		l->cur = mid;
		lower_cond(l, rhs, t, f);
		return true;
	}
	case OPK_COMMA:
		lower_expr(l, lhs);
		lower_cond(l, rhs, t, f);
		return true;
	case OPK_AND: {
		/* ~m & F, F one bit, is !(m & F): one key, negated, so that
		 * the two tests are one condition (tmux's format.c: if (~modifiers
		 * & FORMAT_TIMESTRING) ...; if (modifiers & FORMAT_TIMESTRING)) */
		CXCursor x, bit;
		if (!complement_bit_test(l, lhs, rhs, &x, &bit)) return false;
		lower_expr(l, lhs);
		lower_expr(l, rhs);
		branch_on(l, op_none(r), t, f, e, false);
		key_negated(l, x, "&", bit);
		return true;
	}
	case OPK_EQ:
	case OPK_NE: {
		Operand a = lower_expr(l, lhs), b = lower_expr(l, rhs);
		bool eq = k == OPK_EQ;
		(void)r;
		/* p == NULL, and p == MAP_FAILED: a pointer equal to a constant holds no allocation */
		bool a_ptr = a.kind == OP_PLACE && place_at(l, a.place)->is_pointer;
		bool b_ptr = b.kind == OP_PLACE && place_at(l, b.place)->is_pointer;
		if ((is_null_const(b) && a.kind != OP_CONST) || (b.kind == OP_CONST && a_ptr))
			branch_on(l, a, eq ? f : t, eq ? t : f, e, eq);
		else if ((is_null_const(a) && b.kind != OP_CONST) || (a.kind == OP_CONST && b_ptr))
			branch_on(l, b, eq ? f : t, eq ? t : f, e, eq);
		else if (a.kind == OP_CONST && b.kind == OP_CONST) goto_block(l, (a.value == b.value) == eq ? t : f);
		else if (a_ptr || b_ptr) {   /* p == q: the analyses know fresh memory equals nothing older */
			branch_on(l, op_none(r), eq ? t : f, eq ? f : t, e, !eq);
			Term *term = &blk(l, l->cur)->term;
			if (term->kind == T_BRANCH) {
				Operand *cmp = ARENA_ARRAY(l->a, Operand, 2);
				cmp[0] = a;
				cmp[1] = b;
				term->ptr_eq = true;
				term->cmp = cmp;
				pointer_equality_key(l, term, a, b);
			}
		}
		else {
			branch_on(l, op_none(r), t, f, e, false);
			if (k == OPK_NE) key_negated(l, lhs, "==", rhs);
			mark_constant_test(l, k, a, b);
		}
		return true;
	}
	default:
		return false;
	}
}

static void lower_cond(L *l, CXCursor e, int t, int f) {
	if (!enter(l)) { l->depth--; goto_block(l, t); return; }
	CXCursor s = strip_parens(l, e);
	bool done = false;
	switch (clang_getCursorKind(s)) {
	case CXCursor_UnaryOperator: {
		int base, n = kids(l, s, &base);
		CXCursor o = n == 1 ? KID(l, base, 0) : s;
		pop_kids(l, base);
		if (n == 1 && fe_unary_op(l->fe, s, o) == OPK_NOT) {
			lower_cond(l, o, f, t);
			done = true;
		}
		break;
	}
	case CXCursor_BinaryOperator:
		done = lower_cond_binary(l, s, t, f);
		break;
	case CXCursor_ConditionalOperator: {
		int base, n = kids(l, s, &base);
		if (n == 3) {
			CXCursor c = KID(l, base, 0), x = KID(l, base, 1), y = KID(l, base, 2);
			pop_kids(l, base);
			int bx = new_block(l), by = new_block(l);
			lower_cond(l, c, bx, by);
			l->cur = bx;
			lower_cond(l, x, t, f);
			l->cur = by;
			lower_cond(l, y, t, f);
			done = true;
		} else {
			pop_kids(l, base);
		}
		break;
	}
	case CXCursor_CallExpr: {
		CXCursor d = clang_getCursorReferenced(s);
		if (!clang_Cursor_isNull(d) && clang_Cursor_getNumArguments(s) >= 1) {
			CXString nm = clang_getCursorSpelling(d);
			bool expect = !strcmp(clang_getCString(nm), "__builtin_expect");
			clang_disposeString(nm);
			if (expect) {
				for (int i = 1; i < clang_Cursor_getNumArguments(s); i++)
					lower_expr(l, clang_Cursor_getArgument(s, (unsigned)i));
				lower_cond(l, clang_Cursor_getArgument(s, 0), t, f);
				done = true;
			}
		}
		break;
	}
	default:
		break;
	}
	if (!done) {
		Operand o = lower_expr(l, s);
		branch_on(l, o, t, f, s, false);
		key_relation(l, s);
	}
	l->depth--;
}

/* ---- scopes ---- */

static void push_scope(L *l) {
	int i = l->scopes.len;
	ScopeB *s;
	if (i < l->kept_scopes) {   /* as new_block: the slot keeps its emptied vector */
		s = vec_append(&l->scopes);
		s->vars.len = 0;
	} else {
		s = vec_push(&l->scopes);
		vec_init(&s->vars, sizeof(int));
		l->kept_scopes = i + 1;
	}
	s->parent = l->scope;
	l->scope = i;
}

static void emit_scope_dead(L *l, int scope, SrcRange at) {
	ScopeB *s = &VEC_AT(&l->scopes, ScopeB, scope);
	for (int i = s->vars.len - 1; i >= 0; i--) {
		Stmt *st = emit(l, ST_DEAD, at);
		st->var = VEC_AT(&s->vars, int, i);
	}
}

static void pop_scope(L *l, SrcRange at) {
	emit_scope_dead(l, l->scope, at);
	l->scope = VEC_AT(&l->scopes, ScopeB, l->scope).parent;
}

/* Leaving scopes from the current one up to (not including) `outer`. */
static void exit_scopes(L *l, int outer, SrcRange at) {
	for (int s = l->scope; s != outer && s >= 0; s = VEC_AT(&l->scopes, ScopeB, s).parent)
		emit_scope_dead(l, s, at);
}

static bool scope_within(L *l, int inner, int outer) {
	for (int s = inner; s >= 0; s = VEC_AT(&l->scopes, ScopeB, s).parent)
		if (s == outer) return true;
	return false;
}

/* ---- statements ---- */

static SrcRange keyword_range(L *l, CXCursor s, int len) {
	SrcRange r = fe_extent(l->fe, s);
	r.end_line = r.line;
	r.end_col = r.col + len;
	return r;
}

static void lower_vardecl(L *l, CXCursor d) {
	enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
	Annot an = fe_decl_annot(l->fe, d, DK_LOCAL, true);
	const char *name = fe_str(l->fe, clang_getCursorSpelling(d));
	VarKind k = sc == CX_SC_Static ? VK_STATIC : sc == CX_SC_Extern ? VK_GLOBAL : VK_LOCAL;
	if (k == VK_GLOBAL) { var_of_decl(l, d); return; }
	SrcRange nr = fe_name_range(l->fe, d, name);
	int v = new_var(l, name, k, an, clang_getCursorType(d), nr);
	ptrmap_put(&l->decls, decl_key(d), v);
	CXCursor init = clang_Cursor_getVarDeclInitializer(d);
	if (k != VK_LOCAL || clang_Cursor_isNull(init) || clang_getCursorKind(init) == CXCursor_InvalidFile)
		return;
	int p = var_place(l, v);
	CXCursor e = strip_parens(l, init);
	if (clang_getCursorKind(e) == CXCursor_InitListExpr) {
		lower_init(l, p, clang_getCursorType(d), e);
		return;
	}
	Deferral steps = defer_steps(l);
	Operand o;
	if (!lower_value_into(l, init, e, p, nr, &o)) emit_assign(l, p, o, nr, false);
	flush_steps(l, steps);
}

static void lower_if(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	if (n < 2) { pop_kids(l, base); return; }
	CXCursor c = KID(l, base, 0), th = KID(l, base, 1);
	CXCursor el = n > 2 ? KID(l, base, 2) : clang_getNullCursor();
	pop_kids(l, base);
	int bt = new_block(l), j = new_block(l), be = n > 2 ? new_block(l) : j;
	lower_cond(l, c, bt, be);
	l->cur = bt;
	lower_stmt(l, th);
	goto_block(l, j);
	if (n > 2) {
		l->cur = be;
		lower_stmt(l, el);
		goto_block(l, j);
	}
	l->cur = j;
}

static void push_target(Vec *v, int block, int scope) {
	Target *t = vec_push(v);
	t->block = block;
	t->scope = scope;
}

static void lower_while(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	if (n < 2) { pop_kids(l, base); return; }
	CXCursor c = KID(l, base, n - 2), body = KID(l, base, n - 1);
	pop_kids(l, base);
	int h = new_block(l), b = new_block(l), x = new_block(l);
	goto_block(l, h);
	l->cur = h;
	lower_cond(l, c, b, x);
	push_target(&l->breaks, x, l->scope);
	push_target(&l->continues, h, l->scope);
	l->cur = b;
	lower_stmt(l, body);
	goto_block(l, h);
	l->breaks.len--;
	l->continues.len--;
	l->cur = x;
}

static void lower_do(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	if (n < 2) { pop_kids(l, base); return; }
	CXCursor body = KID(l, base, 0), c = KID(l, base, 1);
	pop_kids(l, base);
	int b = new_block(l), cb = new_block(l), x = new_block(l);
	goto_block(l, b);
	l->cur = b;
	push_target(&l->breaks, x, l->scope);
	push_target(&l->continues, cb, l->scope);
	lower_stmt(l, body);
	goto_block(l, cb);
	l->breaks.len--;
	l->continues.len--;
	l->cur = cb;
	lower_cond(l, c, b, x);
	l->cur = x;
}

/* Which of a for statement's children are init, cond and inc: found from the
 * two semicolons of its header, since any of them may be missing. */
static void for_parts(L *l, CXCursor s, int base, int n, CXCursor part[3]) {
	for (int i = 0; i < 3; i++) part[i] = clang_getNullCursor();
	if (n == 4) { for (int i = 0; i < 3; i++) part[i] = KID(l, base, i); return; }
	if (n <= 1) return;
	CXSourceRange ext = clang_getCursorExtent(s);
	CXFile f;
	unsigned off, eoff, line, col;
	clang_getFileLocation(clang_getRangeStart(ext), &f, &line, &col, &off);
	clang_getExpansionLocation(clang_getRangeStart(ext), NULL, NULL, NULL, &eoff);
	size_t size = 0;
	const char *buf = f ? clang_getFileContents(l->fe->tu, f, &size) : NULL;
	unsigned semi[2] = {0, 0};
	int nsemi = 0;
	if (buf && off == eoff) {
		int depth = 0;
		for (size_t i = off; i < size && nsemi < 2; i++) {
			char ch = buf[i];
			if (ch == '(') depth++;
			else if (ch == ')') { if (--depth == 0) break; }
			else if (ch == ';' && depth == 1) semi[nsemi++] = (unsigned)i;
			else if (ch == '"' || ch == '\'') { for (i++; i < size && buf[i] != ch; i++) if (buf[i] == '\\') i++; }
		}
	}
	for (int i = 0; i < n - 1; i++) {
		CXCursor k = KID(l, base, i);
		if (nsemi == 2) {
			unsigned ko;
			clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(k)), NULL, NULL, NULL, &ko);
			part[ko < semi[0] ? 0 : ko < semi[1] ? 1 : 2] = k;
		} else {   /* inside a macro: a declaration is the init; otherwise assume in order */
			int slot = clang_getCursorKind(k) == CXCursor_DeclStmt ? 0 : i + (n == 2 ? 1 : 0);
			if (slot > 2) slot = 2;
			part[slot] = k;
		}
	}
}

static void lower_for(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	if (n < 1) { pop_kids(l, base); return; }
	CXCursor part[3];
	for_parts(l, s, base, n, part);
	CXCursor body = KID(l, base, n - 1);
	pop_kids(l, base);
	push_scope(l);
	if (!clang_Cursor_isNull(part[0])) lower_stmt(l, part[0]);
	int h = new_block(l), b = new_block(l), inc = new_block(l), x = new_block(l), pre = l->cur;
	goto_block(l, h);
	l->cur = h;
	if (!clang_Cursor_isNull(part[1])) lower_cond(l, part[1], b, x);
	else goto_block(l, b);
	if (!clang_Cursor_isNull(part[0]) && !clang_Cursor_isNull(part[1])) {
		Term *pt = &blk(l, pre)->term;
		int e = pt->kind == T_GOTO && pt->succ[0] == h ? entry_test(l, h, part[0]) : -1;
		if (e >= 0) blk(l, pre)->term.succ[0] = e;   /* blk() again: new_block may have moved the blocks */
		if (!clang_Cursor_isNull(part[2])) note_counted_loop(l, &blk(l, h)->term, part[0], part[2]);
	}
	push_target(&l->breaks, x, l->scope);
	push_target(&l->continues, inc, l->scope);
	l->cur = b;
	lower_stmt(l, body);
	goto_block(l, inc);
	l->breaks.len--;
	l->continues.len--;
	l->cur = inc;
	if (!clang_Cursor_isNull(part[2])) {
		lower_expr(l, part[2]);
		end_full_expr_of(l, part[2]);
	}
	goto_block(l, h);
	l->cur = x;
	pop_scope(l, closing_brace(l, s));
}

static void lower_switch(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	if (n < 2) { pop_kids(l, base); return; }
	CXCursor c = KID(l, base, n - 2), body = KID(l, base, n - 1);
	pop_kids(l, base);
	Operand v = lower_expr(l, c);
	end_full_expr_of(l, c);
	int dispatch = l->cur, x = new_block(l);
	SwitchB *sw = xcalloc(1, sizeof(SwitchB));
	vec_init(&sw->cases, sizeof(long long));
	vec_init(&sw->targets, sizeof(int));
	sw->deflt = -1;
	*(SwitchB **)vec_push(&l->switches) = sw;
	push_target(&l->breaks, x, l->scope);
	start_dead_block(l);
	lower_stmt(l, body);
	goto_block(l, x);
	l->breaks.len--;
	l->switches.len--;
	Term t = {0};
	t.kind = T_SWITCH;
	t.cond = v;
	t.ncases = sw->cases.len;
	t.cases = arena_memdup(l->a, sw->cases.data, sizeof(long long) * (size_t)sw->cases.len);
	t.targets = ARENA_ARRAY(l->a, int, sw->cases.len + 1);
	for (int i = 0; i < sw->cases.len; i++) t.targets[i] = VEC_AT(&sw->targets, int, i);
	t.targets[sw->cases.len] = sw->deflt >= 0 ? sw->deflt : x;
	t.range = fe_extent(l->fe, c);
	int save = l->cur;
	l->cur = dispatch;
	terminate(l, t);
	l->cur = save == dispatch ? x : x;
	vec_free(&sw->cases);
	vec_free(&sw->targets);
	free(sw);
}

static void lower_case(L *l, CXCursor s, bool is_default) {
	int base, n = kids(l, s, &base);
	CXCursor sub = n ? KID(l, base, n - 1) : s;
	CXCursor val = n >= 2 ? KID(l, base, 0) : clang_getNullCursor();
	pop_kids(l, base);
	int b = new_block(l);
	goto_block(l, b);   /* fallthrough from the previous case */
	l->cur = b;
	if (l->switches.len) {
		SwitchB *sw = VEC_AT(&l->switches, SwitchB *, l->switches.len - 1);
		if (is_default) sw->deflt = b;
		else {
			bool ok;
			long long v = clang_Cursor_isNull(val) ? 0 : eval_int(val, &ok);
			*(long long *)vec_push(&sw->cases) = v;
			*(int *)vec_push(&sw->targets) = b;
		}
	}
	if (n) lower_stmt(l, sub);
}

static void lower_jump(L *l, Vec *targets, SrcRange at) {
	if (!targets->len) { start_dead_block(l); return; }
	Target t = VEC_AT(targets, Target, targets->len - 1);
	exit_scopes(l, t.scope, at);
	goto_block(l, t.block);
	start_dead_block(l);
}

static int label_block(L *l, const char *name) {
	for (int i = 0; i < l->labels.len; i++)
		if (!strcmp(VEC_AT(&l->labels, LabelB, i).name, name)) return i;
	LabelB *lb = vec_push(&l->labels);
	lb->name = name;
	lb->block = new_block(l);
	lb->scope = -1;
	return l->labels.len - 1;
}

static void lower_goto(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	CXCursor ref = n ? KID(l, base, 0) : s;
	pop_kids(l, base);
	Jump *j = vec_push(&l->jumps);
	j->from = new_block(l);
	j->label = fe_str(l->fe, clang_getCursorSpelling(ref));
	j->scope = l->scope;
	j->at = keyword_range(l, s, 4);
	goto_block(l, j->from);
	start_dead_block(l);
}

static void lower_label(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	CXCursor sub = n ? KID(l, base, n - 1) : s;
	pop_kids(l, base);
	int i = label_block(l, fe_str(l->fe, clang_getCursorSpelling(s)));
	LabelB *lb = &VEC_AT(&l->labels, LabelB, i);
	lb->scope = l->scope;
	goto_block(l, lb->block);
	l->cur = lb->block;
	if (n) lower_stmt(l, sub);
}

static void lower_return(L *l, CXCursor s) {
	int base, n = kids(l, s, &base);
	CXCursor v = n ? KID(l, base, 0) : s;
	pop_kids(l, base);
	SrcRange kw = keyword_range(l, s, 6);
	if (n) {
		Operand o = lower_expr(l, v);
		if (!o.range.line) o.range = fe_extent(l->fe, v);
		Stmt *st = emit(l, ST_RET, kw);
		st->src = o;
	}
	end_full_expr(l, kw);
	exit_scopes(l, -1, kw);
	Term t = {0};
	t.kind = T_RETURN;
	t.range = kw;
	terminate(l, t);
	start_dead_block(l);
}

static void lower_stmt_inner(L *l, CXCursor s) {
	int base, n;
	switch (clang_getCursorKind(s)) {
	case CXCursor_CompoundStmt:
		push_scope(l);
		n = kids(l, s, &base);
		for (int i = 0; i < n; i++) lower_stmt(l, KID(l, base, i));
		pop_kids(l, base);
		pop_scope(l, closing_brace(l, s));
		return;
	case CXCursor_DeclStmt:
		n = kids(l, s, &base);
		for (int i = 0; i < n; i++) {
			CXCursor d = KID(l, base, i);
			if (clang_getCursorKind(d) == CXCursor_VarDecl) lower_vardecl(l, d);
		}
		pop_kids(l, base);
		end_full_expr_of(l, s);
		return;
	case CXCursor_IfStmt: lower_if(l, s); return;
	case CXCursor_WhileStmt: lower_while(l, s); return;
	case CXCursor_DoStmt: lower_do(l, s); return;
	case CXCursor_ForStmt: lower_for(l, s); return;
	case CXCursor_SwitchStmt: lower_switch(l, s); return;
	case CXCursor_CaseStmt: lower_case(l, s, false); return;
	case CXCursor_DefaultStmt: lower_case(l, s, true); return;
	case CXCursor_BreakStmt: lower_jump(l, &l->breaks, keyword_range(l, s, 5)); return;
	case CXCursor_ContinueStmt: lower_jump(l, &l->continues, keyword_range(l, s, 8)); return;
	case CXCursor_GotoStmt: lower_goto(l, s); return;
	case CXCursor_LabelStmt: lower_label(l, s); return;
	case CXCursor_ReturnStmt: lower_return(l, s); return;
	case CXCursor_NullStmt: return;
	case CXCursor_IndirectGotoStmt:
		n = kids(l, s, &base);
		for (int i = 0; i < n; i++) lower_expr(l, KID(l, base, i));
		pop_kids(l, base);
		l->indirect_goto = true;
		{
			Jump *j = vec_push(&l->jumps);
			j->from = new_block(l);
			j->label = NULL;   /* any label whose address was taken */
			j->scope = l->scope;
			goto_block(l, j->from);
		}
		start_dead_block(l);
		return;
	case CXCursor_GCCAsmStmt:
	case CXCursor_MSAsmStmt:
		n = kids(l, s, &base);
		for (int i = 0; i < n; i++)
			if (is_expr(KID(l, base, i))) emit_use(l, lower_expr(l, KID(l, base, i)), USE_ESCAPE);
		pop_kids(l, base);
		end_full_expr_of(l, s);
		return;
	default:
		if (is_expr(s)) {
			lower_expr(l, s);
			end_full_expr_of(l, s);
			return;
		}
		n = kids(l, s, &base);   /* attributed statements and the like */
		for (int i = 0; i < n; i++) lower_stmt(l, KID(l, base, i));
		pop_kids(l, base);
		return;
	}
}

static void lower_stmt(L *l, CXCursor s) {
	if (enter(l)) lower_stmt_inner(l, s);
	l->depth--;
}

/* ---- the function ---- */

/* A goto leaves every scope that does not also enclose its label. */
static void resolve_jumps(L *l) {
	for (int i = 0; i < l->jumps.len; i++) {
		Jump j = VEC_AT(&l->jumps, Jump, i);
		l->cur = j.from;
		if (!j.label) {   /* goto *p: any label */
			Term t = {0};
			if (!l->labels.len) { t.kind = T_UNREACHABLE; terminate(l, t); continue; }
			t.kind = T_SWITCH;
			t.ncases = l->labels.len - 1;
			t.cases = ARENA_ARRAY(l->a, long long, t.ncases + 1);
			t.targets = ARENA_ARRAY(l->a, int, l->labels.len);
			for (int k = 0; k < l->labels.len; k++) {
				t.targets[k] = VEC_AT(&l->labels, LabelB, k).block;
				if (k < t.ncases) t.cases[k] = k;
			}
			terminate(l, t);
			continue;
		}
		int li = -1;
		for (int k = 0; k < l->labels.len; k++)
			if (!strcmp(VEC_AT(&l->labels, LabelB, k).name, j.label)) li = k;
		if (li < 0 || VEC_AT(&l->labels, LabelB, li).scope < 0) {
			Term t = {0};
			t.kind = T_UNREACHABLE;
			terminate(l, t);
			continue;
		}
		LabelB lb = VEC_AT(&l->labels, LabelB, li);
		for (int s = j.scope; s >= 0 && !scope_within(l, lb.scope, s); s = VEC_AT(&l->scopes, ScopeB, s).parent)
			emit_scope_dead(l, s, j.at);
		goto_block(l, lb.block);
	}
}

static int succ_count(const Term *t) {
	return t->kind == T_GOTO ? 1 : t->kind == T_BRANCH ? 2 : t->kind == T_SWITCH ? t->ncases + 1 : 0;
}

static int *succ_slot(Term *t, int i) {
	return t->kind == T_SWITCH ? &t->targets[i] : &t->succ[i];
}

/* Only blocks reachable from the entry are kept (code after a return or a
 * jump has no paths), renumbered in order of creation. */
static int *reachable_numbering(L *l, int *count) {
	int n = l->blocks.len;
	int *num = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
	int *stack = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) num[i] = -1;
	int sp = 0;
	if (n) { stack[sp++] = 0; num[0] = 0; }
	while (sp) {
		Term *t = &blk(l, stack[--sp])->term;
		for (int i = 0; i < succ_count(t); i++) {
			int s = *succ_slot(t, i);
			if (num[s] < 0) { num[s] = 0; stack[sp++] = s; }
		}
	}
	int k = 0;
	for (int i = 0; i < n; i++)
		if (num[i] >= 0) num[i] = k++;
	free(stack);
	*count = k;
	return num;
}

static void freeze(L *l, Function *f) {
	f->nvars = l->vars.len;
	f->vars = arena_memdup(l->a, l->vars.data, sizeof(Var) * (size_t)l->vars.len);
	f->nplaces = l->places.len;
	f->places = arena_memdup(l->a, l->places.data, sizeof(Place) * (size_t)l->places.len);
	f->nscopes = l->scopes.len;
	f->scope_parent = ARENA_ARRAY(l->a, int, f->nscopes);
	for (int i = 0; i < f->nscopes; i++) f->scope_parent[i] = VEC_AT(&l->scopes, ScopeB, i).parent;
	int *num = reachable_numbering(l, &f->nblocks);
	f->blocks = ARENA_ARRAY(l->a, Block, f->nblocks);
	for (int i = 0; i < l->blocks.len; i++) {
		if (num[i] < 0) continue;
		BlockB *b = blk(l, i);
		Block *out = &f->blocks[num[i]];
		out->nstmts = b->stmts.len;
		out->stmts = arena_memdup(l->a, b->stmts.data, sizeof(Stmt) * (size_t)b->stmts.len);
		out->term = b->term;
		if (b->term.kind == T_NONE) out->term.kind = T_UNREACHABLE;
		if (out->term.kind == T_SWITCH) {   /* the targets array is shared with nobody: copy before renumbering */
			out->term.targets = arena_memdup(l->a, b->term.targets, sizeof(int) * (size_t)(b->term.ncases + 1));
		}
		for (int k = 0; k < succ_count(&out->term); k++) *succ_slot(&out->term, k) = num[*succ_slot(&out->term, k)];
	}
	free(num);
	function_index_calls(l->a, f);
}

/* The vectors go back to fe->bufs, emptied, for the next function. */
static void release_builder(L *l) {
	LowerBufs *k = l->fe->bufs;
#define GIVE_BACK(name, type) k->name = l->name;
	LOWER_VECS(GIVE_BACK)
#undef GIVE_BACK
	k->kept_blocks = l->kept_blocks;
	k->kept_scopes = l->kept_scopes;
	free(l->proj_slot);
	map_free(&l->cond_keys);
	map_free(&l->cond_alias);
	ptrmap_free(&l->decls);
}

static void init_builder(L *l, Fe *fe, Function *f) {
	memset(l, 0, sizeof *l);
	l->fe = fe;
	l->a = &fe->u->arena;
	l->fn = f;
	if (!fe->bufs) {
		LowerBufs *k = fe->bufs = xcalloc(1, sizeof *fe->bufs);
#define INIT(name, type) vec_init(&k->name, sizeof(type));
		LOWER_VECS(INIT)
#undef INIT
		vec_init(&k->field_info, sizeof(FieldInfo));
	}
	LowerBufs *k = fe->bufs;
#define TAKE(name, type) l->name = k->name, l->name.len = 0;
	LOWER_VECS(TAKE)
#undef TAKE
	l->kept_blocks = k->kept_blocks;
	l->kept_scopes = k->kept_scopes;
	l->fields = &k->fields;
	l->field_info = &k->field_info;
	if (!fe->kid_stack.elem) vec_init(&fe->kid_stack, sizeof(CXCursor));
	fe->kid_stack.len = 0;
	l->kids = &fe->kid_stack;
	map_init(&l->cond_keys);
	map_init(&l->cond_alias);
	l->scope = -1;
	l->use_block = -1;
}

void lower_release(Fe *fe) {
	LowerBufs *k = fe->bufs;
	if (!k) return;
	for (int i = 0; i < k->kept_blocks; i++) vec_free(&VEC_AT(&k->blocks, BlockB, i).stmts);
	for (int i = 0; i < k->kept_scopes; i++) vec_free(&VEC_AT(&k->scopes, ScopeB, i).vars);
#define FREE(name, type) vec_free(&k->name);
	LOWER_VECS(FREE)
#undef FREE
	vec_free(&k->field_info);
	ptrmap_free(&k->fields);
	free(k);
	fe->bufs = NULL;
}

void lower_function(Fe *fe, CXCursor fn) {
	Function *f = ARENA_NEW(&fe->u->arena, Function);
	f->sig = fe_callee_signature(fe, fn);   /* its name is the function's, already spelled */
	f->name = f->sig && f->sig->name ? f->sig->name : fe_str(fe, clang_getCursorSpelling(fn));
	f->name_range = fe_name_range(fe, fn, f->name);
	f->is_static = clang_getCursorLinkage(fn) == CXLinkage_Internal;
	fe_begin_function(fe, fn);
	L l;
	init_builder(&l, fe, f);
	push_scope(&l);   /* scope 0: the parameters */
	l.cur = new_block(&l);
	int np = clang_Cursor_getNumArguments(fn);
	for (int i = 0; i < np; i++) {
		CXCursor p = clang_Cursor_getArgument(fn, (unsigned)i);
		Annot an = i < f->sig->nparams ? f->sig->params[i].annot : fe_decl_annot(fe, p, DK_PARAM, false);
		const char *name = fe_str(fe, clang_getCursorSpelling(p));
		int v = new_var(&l, name, VK_PARAM, an, clang_getCursorType(p), fe_name_range(fe, p, name));
		ptrmap_put(&l.decls, decl_key(p), v);
	}
	f->nparams = np > 0 ? np : 0;
	int base, n = kids(&l, fn, &base);
	CXCursor body = clang_getNullCursor();
	for (int i = 0; i < n; i++)
		if (clang_getCursorKind(KID(&l, base, i)) == CXCursor_CompoundStmt) body = KID(&l, base, i);
	pop_kids(&l, base);
	if (!clang_Cursor_isNull(body)) {
		f->body_end = closing_brace(&l, body);
		lower_stmt(&l, body);
		emit_scope_dead(&l, 0, f->body_end);
		Term t = {0};
		t.kind = T_RETURN;
		t.range = f->body_end;
		terminate(&l, t);
		resolve_jumps(&l);
	}
	fe->u->stats.functions++;
	if (l.too_deep) {
		f->skipped = arena_printf(&fe->u->arena, "its statements and expressions nest more than %d levels deep",
		                          MAX_DEPTH);
		fe->u->stats.skipped_functions++;
		l.blocks.len = 0;   /* the slots keep their vectors (new_block) */
		l.cur = new_block(&l);
		Term t = {0};
		t.kind = T_RETURN;
		terminate(&l, t);
	}
	freeze(&l, f);
	release_builder(&l);
	fe_end_function(fe);
	*(Function **)vec_push(&fe->u->funcs) = f;
}
