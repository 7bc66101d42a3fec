/*
 * lower.h - what frontend.c and lower.c share. Only these two files include
 * libclang's headers; everything past them works on the IR.
 */
#ifndef LOWER_H
#define LOWER_H

#include <clang-c/Index.h>
#include "frontend.h"

/* Operator kinds, recovered without an operator-kind API (libclang <= 16). */
typedef enum OpKind {
	OPK_UNKNOWN,
	OPK_ARITH,        /* some arithmetic, bitwise or relational operator: which one does not matter */
	OPK_ASSIGN, OPK_COMMA, OPK_LAND, OPK_LOR, OPK_EQ, OPK_NE,
	OPK_LT, OPK_GT, OPK_LE, OPK_GE, OPK_ADD, OPK_SUB, OPK_MUL, OPK_DIV, OPK_MOD,
	OPK_SHL, OPK_SHR, OPK_AND, OPK_OR, OPK_XOR,
	/* unary */
	OPK_DEREF, OPK_ADDR, OPK_NOT, OPK_NEG, OPK_PLUS, OPK_BITNOT,
	OPK_PREINC, OPK_PREDEC, OPK_POSTINC, OPK_POSTDEC, OPK_EXTENSION, OPK_REAL, OPK_IMAG,
	/* compound assignment */
	OPK_ADD_ASSIGN, OPK_SUB_ASSIGN, OPK_OTHER_ASSIGN,
	OPK_COUNT
} OpKind;

typedef struct FileText {
	CXFile file;
	const char *buf;
	size_t size;
	int id;             /* Unit.files index */
	/* Its locations decoded without libclang (loc_file): a location in the
	 * file is its start's raw encoding plus the offset, for one inclusion of
	 * it; line starts as clang counts lines (\n, \r, \r\n). */
	bool direct;        /* base is known and checked */
	bool tried;         /* direct_setup ran (on the first file location decoded in it) */
	unsigned base;
	const void *sm;     /* the SourceManager those encodings belong to */
	int *lines;         /* source_line_starts */
	int nlines, last_line;
	/* Its inactive preprocessor branches (clang_getSkippedRanges), as offset
	 * pairs from a directive's # to the word of the one that ends the branch;
	 * read by operator recovery on first need (skipped_read). */
	unsigned *skipped;
	int nskipped;
	bool skipped_read;
} FileText;

typedef struct MacroInfo MacroInfo;

/* The function being lowered, listed by one recursive walk: every node's
 * children, so that asking for them costs a hash lookup instead of a
 * clang_visitChildren (a visitor object and a walk in libclang each time). */
typedef struct AstNode { CXCursor c; int kid0, nkids; } AstNode;
/* A node's extent as the raw encodings libclang's would have, worked out
 * from its children and the file text where that is exact (frontend.c). */
typedef struct NodeExtent {
	unsigned begin, end, loc;   /* loc: the cursor's location */
	bool have_begin, have_end, have_loc;
	bool file_end;      /* end is that of a token written in the file, not of a macro's expansion */
} NodeExtent;
typedef struct AstIndex {
	bool built;
	CXCursor root;
	int root_kid0, root_nkids;
	int maxdepth;       /* of the deepest node below root (root's children are 1) */
	Vec nodes;          /* AstNode, in pre-order */
	Vec kids;           /* int: children lists, by node index */
	int *slot;          /* hash of nodes by cursor: node index + 1, 0 = empty */
	int nslot;
	NodeExtent *ext;    /* by node index, filled on demand */
	int ext_cap;
	bool ext_ready;     /* ext cleared for these nodes */
	Vec path, parent;   /* int: the walk's scratch, kept, as nodes is, for the next function */
	int recent[256];    /* children fe_children handed out lately, by recent_slot: ast_find's first
	                       probe, as lowering asks next about what it was just given */
} AstIndex;

/* One translation unit being read. */
typedef struct Fe {
	Unit *u;
	CXTranslationUnit tu;
	const Model *model;
	Vec files;          /* FileText */
	int last_file;      /* index into files of the last hit */
	Map defined;        /* names of functions with a body in this unit */
	Map user_sigs;      /* name -> Signature*, from annotated user declarations */
	Map plain_sigs;     /* name -> Signature*, everything else that was called */
	PtrMap callee_sigs; /* a callee's declaration -> index in callee_sig_list: fe_callee_signature's answers */
	Vec callee_sig_list;   /* const Signature * */
	PtrMap decl_sigs;   /* a user function's declaration -> index in decl_sig_list */
	PtrMap noreturn_types;   /* a canonical function type -> 1 if GNU's noreturn is on it, else 0 */
	Vec decl_sig_list;  /* Signature *: as read with the unit's declarations, reused at its first call */
	MacroInfo *macros;  /* built on first need */
	Arena scratch;      /* what only lowering reads (macros, tokens): freed with the TU, not kept with the IR */
	AstIndex ast;       /* the function being lowered (fe_begin_function) */
	/* fe_extent's last answers, by AST node: lowering asks for the same
	 * expression's range several times, and each is two file-location
	 * decodings (and, for what frontend.c cannot work out, a libclang call) */
	struct ExtentMemo { const void *node[2]; int kind; bool resolved; CXSourceRange raw; SrcRange r; } extent_memo[256];
	/* ... and clang_getFileLocation's, by location: a statement's range and
	 * its operands' share ends, and each decoding searches a line table */
	struct LocMemo { const void *ptr[2]; unsigned raw; CXFile file; unsigned line, col, off; } loc_memo[1024];
	struct ExpMemo { const void *ptr[2]; unsigned raw; CXFile file; unsigned off; } exp_memo[256];   /* expansion_of */
	bool check_extents; /* OWNCK_CHECK_EXTENTS: compare every worked-out extent with libclang's */
	const void *loc_ptr[2];   /* what every CXSourceLocation of the unit carries beside its encoding */
	Vec ext_chain;      /* int: extent_side's chain of nodes */
	Vec kid_stack;      /* CXCursor: lowering's stack of children (lower.c kids), kept between functions */
	struct LowerBufs *bufs;   /* lowering's working vectors, kept between functions (lower.c) */
} Fe;

SrcRange fe_range(BORROW_MUT Fe *fe, CXSourceRange r);
SrcRange fe_extent(BORROW_MUT Fe *fe, CXCursor c);
/* decl's name where it is written; name: its spelling, when the caller has it already (else NULL). */
SrcRange fe_name_range(BORROW_MUT Fe *fe, CXCursor decl, BORROW const char *name);
bool     fe_in_system_header(CXCursor c);
/* clang_equalLocations of the two cursors' locations, each asked of libclang once. */
bool     fe_same_location(BORROW_MUT Fe *fe, CXCursor a, CXCursor b);
bool     fe_in_main_file(CXCursor c);

/* The ownership annotation of a declaration (its own, else its type's
 * typedef's). When rec is non-NULL and the declaration carries annotations,
 * they are recorded for annotation-misuse. */
Annot fe_decl_annot(BORROW_MUT Fe *fe, CXCursor decl, DeclKind kind, bool record);
enum CXTypeKind fe_type_kind(CXType t);   /* its canonical type's kind */
/* An integer literal's value as written in the file; false: ask clang. */
bool  fe_int_literal(BORROW_MUT Fe *fe, CXCursor c, long long *v);
bool  fe_type_is_pointer(CXType t);
bool  fe_type_is_ptr_to_ptr(CXType t);
bool  fe_param_is_pointer(CXType t);      /* ... for a parameter: an array parameter is a pointer */
bool  fe_param_is_ptr_to_ptr(CXType t);
bool  fe_same_unqualified(CXType a, CXType b);   /* volatile int and int: yes */

/* The contract a call to this function declaration may assume. */
const Signature *fe_callee_signature(BORROW_MUT Fe *fe, CXCursor fn_decl);
const Signature *fe_hook_signature(BORROW_MUT Fe *fe, CXCursor var);

OpKind fe_binary_op(BORROW_MUT Fe *fe, CXCursor op, CXCursor lhs, CXCursor rhs);
/* `=` is written in the file between the two operands' tokens. */
bool   fe_written_assignment(BORROW_MUT Fe *fe, CXCursor lhs, CXCursor rhs);
OpKind fe_unary_op(BORROW_MUT Fe *fe, CXCursor op, CXCursor operand);
OpKind fe_compound_op(BORROW_MUT Fe *fe, CXCursor op, CXCursor lhs, CXCursor rhs);

/* The source text of a cursor, when it is written in one line of a file (not
 * in a macro) and is at most max bytes; else NULL. */
const char *fe_source_text(BORROW_MUT Fe *fe, CXCursor c, size_t max);

/* The string of a CXString, copied into the unit's arena. */
const char *fe_str(BORROW_MUT Fe *fe, CXString s);

/* Appends c's children to out (a Vec of CXCursor), from the function's
 * index when c is in it, else from libclang. */
void fe_children(BORROW_MUT Fe *fe, CXCursor c, BORROW_MUT Vec *out);
/* How deep the nodes below the function nest (its children are 1). */
int  fe_function_depth(BORROW_MUT Fe *fe);
void fe_end_function(BORROW_MUT Fe *fe);

void lower_function(BORROW_MUT Fe *fe, CXCursor fn);
/* Frees what lowering kept between the unit's functions (Fe.bufs). */
void lower_release(BORROW_MUT Fe *fe);
/* Lowering of fn begins: the operators inside its macro expansions are
 * aligned with their tokens on demand. */
void fe_begin_function(BORROW_MUT Fe *fe, CXCursor fn);

#endif
