/*
 * ir.h - the control-flow IR every analysis works on, and the types around it.
 *
 * libclang is read once, by frontend.c and lower.c, into this form; the
 * analyses and rules never see a cursor. The shape follows rustc's MIR in
 * miniature: a function is an array of basic blocks, a block is a list of
 * statements ending in one terminator, and every value lives in a *place*
 * (a variable plus projections: *p, p->f, a[i]).
 *
 * Everything here is allocated in the Unit's arena and lives until the unit
 * is released; the structs own nothing themselves.
 */
#ifndef IR_H
#define IR_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"

/* A source range after macro resolution: the place a person edits.
 * file indexes Unit.files; line 0 means "no location". Columns are 1-based
 * byte counts; end_col is one past the last byte, as in SARIF. */
typedef struct SrcRange {
	int file;
	int line, col;
	int end_line, end_col;
} SrcRange;

/* ---- annotations ---- */

typedef enum Mode {
	MODE_NONE,
	MODE_OWNED,       /* Box<T> */
	MODE_BORROW,      /* &T */
	MODE_BORROW_MUT,  /* &mut T */
	MODE_OUT_OWNED,   /* &mut Option<Box<T>> out-parameter */
} Mode;

typedef struct Annot {
	Mode mode;
	int nreleased_by;       /* models: the functions that may release what this hands out */
	const char *lifetime;   /* LIFETIME(name), or NULL */
	const char **released_by;
} Annot;

const char *mode_macro(Mode m);   /* "OWNED", ... */

/* ---- function contracts ---- */

enum {
	PF_POINTER       = 1 << 0,
	PF_PTR_TO_PTR    = 1 << 1,
	PF_RESTRICT      = 1 << 2,
	PF_CONST_POINTEE = 1 << 3,
	PF_RELEASES      = 1 << 4,   /* an OWNED parameter of a deallocator */
	PF_RETURNED      = 1 << 5,   /* a model's: the call returns this argument (memcpy's dest) */
	PF_SYSTEM_OBJECT = 1 << 6,   /* points to a struct of the system's (FILE, pthread_mutex_t): what
	                                is written through it is that object, none of the user's */
};

typedef struct Param {
	const char *name;            /* may be "" in a prototype */
	Annot annot;
	unsigned flags;
} Param;

/* What a call may assume about its callee: from the user's annotations, from
 * a model header, or (for functions nobody annotated) just its shape. */
typedef struct Signature {
	const char *name;
	Annot ret;
	int nparams;
	Param *params;
	bool ret_pointer;
	bool variadic;
	bool noreturn;
	bool from_model;    /* the contract comes from a model header */
	bool system;        /* a model's or declared in a system header: it knows none of the user's globals */
	bool annotated;     /* some declaration carries an ownck annotation */
	bool realloc_like;  /* releases its first argument only on success */
	int owned_if_null;  /* >= 0: the result is owned only when this argument is NULL (realpath, getcwd) */
	bool ret_borrower;  /* returns a struct with a BORROW / BORROW_MUT field (an iterator, 7.43) */
	const char *ret_borrower_lt;   /* ... that field's LIFETIME, or NULL */
} Signature;

/* ---- variables and places ---- */

typedef enum VarKind {
	VK_PARAM,
	VK_LOCAL,
	VK_STATIC,    /* a static local: lives for the whole program */
	VK_GLOBAL,
	VK_TEMP,      /* a value computed by an expression (call results, ?:) */
	VK_LITERAL,   /* the object of a compound literal */
} VarKind;

typedef struct Var {
	const char *name;
	VarKind kind;
	bool is_pointer;
	bool is_ptr_to_ptr;
	bool is_array;
	bool is_aggregate;      /* struct or union */
	bool is_unsigned;       /* an unsigned integer (or _Bool): x++ keeps it non-zero */
	bool changes_unseen;    /* a global the system may change (declared in a system header:
	                           optarg, optind) or volatile or _Atomic: no two reads are one value */
	Annot annot;            /* explicit, or inherited from a typedef */
	int scope;              /* the block scope that declares it; 0 for the function's */
	int group;              /* VK_TEMP: its full expression (all of one group die at its end) */
	SrcRange decl;          /* the declarator's name */
} Var;

typedef enum ProjKind {
	PJ_BASE,    /* the variable itself */
	PJ_DEREF,   /* *parent */
	PJ_FIELD,   /* parent.field (p->f is FIELD(DEREF(p))) */
	PJ_INDEX,   /* an element of parent (an array, or *p for p[i]) */
} ProjKind;

typedef struct Place {
	int parent;             /* -1 for PJ_BASE */
	int var;                /* the base variable */
	ProjKind kind;
	bool is_pointer;
	bool at_start;          /* PJ_FIELD at offset 0 of its struct: &p->f is p's address */
	bool struct_member;     /* PJ_FIELD of a struct (not a union): a store to another member of
	                           the same object leaves it alone */
	bool changes_unseen;    /* PJ_FIELD, PJ_DEREF: volatile or _Atomic, no two reads are one value */
	uint8_t int_rank;       /* an integer's conversion rank (a local's, a parameter's, a field's,
	                           a pointee's; _Bool 1 ... long long 6), 0: not an integer or not
	                           known. A copy into one of no lower rank keeps its truth (c = *s) */
	const char *field;      /* PJ_FIELD */
	Annot annot;            /* PJ_BASE: the variable's; PJ_FIELD: the field's */
	const char *text;       /* C spelling for messages: p, n->next, s.buf, *pp */
} Place;

/* ---- operands, statements, terminators ---- */

typedef enum OperandKind {
	OP_NONE,     /* a value the analyses do not follow (arithmetic, comparisons) */
	OP_PLACE,    /* the value stored in a place */
	OP_ADDR,     /* &place */
	OP_NULL,     /* a null pointer constant */
	OP_CONST,    /* any other constant */
	OP_STRING,   /* a string literal */
	OP_FUNC,     /* a function designator */
} OperandKind;

enum { OFF_NONE, OFF_KNOWN, OFF_UNKNOWN };

typedef struct Operand {
	uint8_t kind;           /* OperandKind (a byte: the IR holds hundreds of thousands) */
	uint8_t offset;         /* OP_PLACE: pointer arithmetic applied (OFF_*) */
	int place;              /* OP_PLACE, OP_ADDR */
	union {
		long long value;    /* OP_CONST; OP_PLACE with OFF_KNOWN: the offset, in bytes, with
		                       OFF_UNKNOWN: -1 when it steps back (p -= n), else 0; OP_NONE
		                       as an rmw assignment's source (x++, x -= 2): the constant step, 0 unknown */
		const char *name;   /* OP_FUNC */
	};
	SrcRange range;
} Operand;

typedef struct Call {
	const char *callee;         /* NULL for a call through a pointer */
	const Signature *sig;       /* NULL when nothing is known about the callee */
	Operand fn;                 /* the function pointer of an indirect call */
	int nargs;
	Operand *args;
	SrcRange *arg_ext;          /* each argument expression as written; NULL unless a borrowed one precedes others
	                               (the two-phase borrow check reads them: lower.c reserves_args) */
	SrcRange callee_range;      /* the callee's name */
	bool noreturn;
	bool defined_here;          /* the callee's body is in this unit */
	uint64_t const_varargs;     /* arguments past the declared parameters whose type is a pointer to
	                               const (log_msg("%s", name)): read through, never written */
	const struct Summary *summary;   /* what the callee's body does (ownership.h), when a file
	                                    analyzed with this one defines it; set by program.c */
} Call;

typedef enum StmtKind {
	ST_ASSIGN,   /* place = operand */
	ST_CALL,     /* [place =] call */
	ST_USE,      /* the operand is dereferenced, or consumed where ownck cannot follow */
	ST_RET,      /* the operand is handed to the caller (scopes are left after it) */
	ST_DEAD,     /* the storage of a local ends */
} StmtKind;

typedef enum UseKind {
	USE_READ,     /* *p read */
	USE_WRITE,    /* *p written */
	USE_ESCAPE,   /* given to something ownck cannot see into (asm, unknown builtins) */
} UseKind;

typedef struct Stmt {
	uint8_t kind;           /* StmtKind */
	uint8_t use;            /* UseKind, for ST_USE */
	bool compound;          /* ST_ASSIGN from p += k / p++: keeps the allocation */
	bool rmw;               /* ST_ASSIGN from x += k / x++ on a non-pointer: reads, then writes */
	int dst;                /* ST_ASSIGN, ST_CALL: destination place, or -1 */
	int var;                /* ST_DEAD */
	int access;             /* ST_USE: the exact place read or written through src (p->f, p[i]), or -1 */
	Operand src;            /* ST_ASSIGN, ST_USE, ST_RET */
	Call *call;             /* ST_CALL */
	SrcRange range;         /* the construct; diagnostics' anchor */
} Stmt;

typedef enum TermKind {
	T_NONE,         /* still being built */
	T_GOTO,
	T_BRANCH,       /* succ[0] when cond != 0, succ[1] when cond == 0 */
	T_SWITCH,
	T_RETURN,
	T_UNREACHABLE,  /* after a call that does not return */
} TermKind;

enum {
	KEY_NEGATED = 1,   /* succ[0] when the key's condition is false (i == n after
	                      for (i = 0; i < n; i++) tests !(i < n)) */
	KEY_EQ = 2,        /* the key's condition is `key_vars[0] == a non-zero constant` */
	KEY_ALIAS = 4,     /* the key is another test's, which lowering knows this one to be */
};

/* What a key's condition says of its one variable: key_vars[0] REL key_const. */
enum { REL_NONE, REL_EQ, REL_LT, REL_LE, REL_GT, REL_GE };

/* One per block (tens of thousands in a big file): what only some
 * terminators need is out of line. */
typedef struct Term {
	uint8_t kind;           /* TermKind */
	uint8_t text_true;      /* BRANCH: the successor taken when `text` is true */
	bool ptr_eq;            /* BRANCH: succ[0] when the pointers cmp[0] and cmp[1] are equal */
	uint8_t key_flags;      /* BRANCH: KEY_* */
	uint8_t key_rel;        /* BRANCH: REL_*, of the key's condition (not negated), or REL_NONE */
	int succ[2];
	int ncases;             /* SWITCH: cases[i] -> targets[i]; targets[ncases] is default */
	int key;                /* BRANCH on a pure expression: equal keys test the same
	                           condition (7.36) while key_vars keep their values; 0: none */
	int nkey_vars;
	Operand cond;           /* BRANCH: the tested value; SWITCH: the switched value */
	long long *cases;
	int *targets;
	int *key_vars;
	long long key_const;    /* BRANCH with key_rel: the constant */
	const Operand *cmp;     /* ptr_eq: the two pointers compared */
	const char *text;       /* BRANCH: the condition as written, when short enough */
	SrcRange range;         /* RETURN: the `return` keyword or the closing brace; BRANCH: the condition */
} Term;

typedef struct Block {
	Stmt *stmts;
	int nstmts;
	Term term;
} Block;

typedef struct Function {
	const char *name;
	const Signature *sig;
	SrcRange name_range;
	SrcRange body_end;          /* the closing brace */
	Var *vars;
	int nvars, nparams;         /* parameters are vars[0 .. nparams) */
	Place *places;
	int nplaces;
	Block *blocks;              /* blocks[0] is the entry */
	int nblocks;
	Call **calls;               /* every call statement's Call, in block order (function_index_calls) */
	int ncalls;
	int nscopes;                /* block scopes; Var.scope indexes them (-1: the parameters') */
	int *scope_parent;          /* each scope's enclosing one, or -1 */
	const char *skipped;        /* why the body could not be lowered, or NULL */
	bool is_static;             /* internal linkage: calls from other units cannot reach it */
	long long frame;            /* bytes of its parameters and locals (libclang's type sizes) */
	const char *unbounded;      /* why its frame has no bound (a VLA, alloca), or NULL */
	SrcRange unbounded_at;
} Function;

/* ---- annotated declarations, for annotation-misuse ---- */

typedef enum DeclKind { DK_FUNCTION, DK_PARAM, DK_GLOBAL, DK_LOCAL, DK_FIELD, DK_TYPEDEF } DeclKind;

typedef struct AnnotUse {
	Mode mode;              /* MODE_NONE for a LIFETIME */
	const char *lifetime;   /* for LIFETIME(name) */
	SrcRange at;
} AnnotUse;

typedef struct AnnotDecl {
	DeclKind kind;
	const char *name;
	const char *type;           /* spelled, for messages */
	SrcRange at;                /* the declarator name */
	bool is_pointer, is_ptr_to_ptr;
	int nuses;
	AnnotUse *uses;             /* the annotations written on this declaration */
	Mode typedef_mode;          /* the ownership annotation its typedef carries */
	int nparam_lifetimes;       /* DK_FUNCTION: lifetimes named by its parameters */
	const char **param_lifetimes;
	int nborrow_params;         /* DK_FUNCTION: its BORROW / BORROW_MUT parameters, for elision */
	bool is_definition;         /* DK_FUNCTION: this declaration has the body */
} AnnotDecl;

/* ---- a string-keyed hash map (keys are not copied) ---- */

typedef struct Map {
	const char **keys;
	void **vals;
	int cap, len;
} Map;

void  map_init(BORROW_MUT Map *m);
void  map_free(BORROW_MUT Map *m);
void *map_get(BORROW const Map *m, BORROW const char *key);
void  map_put(BORROW_MUT Map *m, const char *key, void *val);

/* ---- a pointer-keyed hash map to ints (declarations: Decl* -> index) ---- */

typedef struct PtrMap { const void **keys; int *vals; int cap, len; } PtrMap;   /* zeroed: empty */

int  ptrmap_get(BORROW const PtrMap *m, const void *k);   /* -1 when absent */
void ptrmap_put(BORROW_MUT PtrMap *m, const void *k, int v);
void ptrmap_free(BORROW_MUT PtrMap *m);

/* ---- IR construction (ir.c) ---- */

typedef struct FnBuilder FnBuilder;
/* Printing for --dump-ir. */
struct Unit;
void ir_dump_function(BORROW const struct Unit *u, BORROW const Function *f, void *file /* FILE* */);
/* The function's control-flow graph as Graphviz DOT: a node per block with
 * its statements as --dump-ir prints them, edges labelled by the branch. */
void ir_dump_cfg(BORROW const struct Unit *u, BORROW const Function *f, void *file /* FILE* */);
/* The pieces of the DOT pictures (ir_dump_cfg, loans_dump), shared so that
 * both show a block alike. text escaped for a quoted DOT string (newlines as
 * left-aligned line ends), or for an HTML-like label when html: */
void ir_dot_escape(void *file, BORROW const char *text, bool html);
/* statement i of block b (i == nstmts: its terminator) as --dump-ir prints it, escaped: */
void ir_dot_stmt(void *file, BORROW const Function *f, int b, int i, bool html);
/* the edges out of block b, labelled by branch and case: */
void ir_dot_edges(void *file, BORROW const Function *f, int b);
/* the node saying why f was not analyzed, and the graph's closing brace: */
void ir_dot_skipped(void *file, BORROW const Function *f);
/* Fills f->calls from f's blocks: the call graph reads a function's calls
 * without walking its statements again, which by then are cold. */
void function_index_calls(BORROW_MUT Arena *a, BORROW_MUT Function *f);
const char *operand_text(BORROW_MUT Arena *a, BORROW const Function *f, BORROW const Operand *op);

#endif
