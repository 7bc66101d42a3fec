/*
 * ownership.h - where each owned value is, at every point: owned, moved,
 * released, null, or out of ownck's sight (borrowed, escaped, unknown).
 *
 * The analysis is forward dataflow over the IR with path-insensitive joins
 * ("moved on some path" is moved), refined on null tests. Its output is a
 * list of facts the rules turn into diagnostics; the facts and their strings
 * live in the unit's arena.
 */
#ifndef OWNERSHIP_H
#define OWNERSHIP_H

#include "unit.h"

enum { OWN_MAX_SITES = 4 };

/* What a tracked place may hold at a point: a set of these (a join is a
 * union, so "released on some path" is OS_RELEASED in the set). */
enum {
	OS_UNINIT   = 1,    /* no value yet, or storage gone */
	OS_OWNED    = 2,    /* a live, non-null owned value */
	OS_NULL     = 4,
	OS_MOVED    = 8,    /* moved out (non-null) */
	OS_RELEASED = 16,   /* released (non-null, dangling) */
	OS_OTHER    = 32,   /* something ownck does not own: borrowed, escaped, unknown */
	OS_MAYBE    = 64,   /* owned if non-null, not yet looked at (an OUT_OWNED result, 7.19) */
	OS_DANGLING = 128,  /* points into a local whose scope has ended */
};

typedef enum SiteKind {
	SITE_MOVE_PARAM,     /* moved into parameter `param` of `callee` */
	SITE_MOVE_VAR,       /* moved into the OWNED place `into` */
	SITE_MOVE_RETURN,    /* returned to the caller */
	SITE_RELEASE,        /* released by `callee` */
} SiteKind;

typedef struct OwnSite {
	SiteKind kind;
	SrcRange at;
	const char *what;        /* the value as written at the site */
	const char *callee;
	const char *param;
	const char *into;
	bool later;              /* the site follows the use: a previous loop iteration */
	const Call *call;        /* SITE_RELEASE, SITE_MOVE_PARAM: the call */
	int arg;                 /* ... and which argument */
} OwnSite;

typedef enum FactKind {
	FACT_USE_MOVED,          /* a use of a value moved (only) on some path */
	FACT_USE_RELEASED,       /* a use of a value released on some path */
	FACT_RELEASE_AGAIN,      /* a release of a value released or moved on some path */
	FACT_LEAK,               /* an owned value lost on some path */
	FACT_FREE_NON_HEAP,      /* a release of something that was never allocated */
	FACT_FREE_OFFSET,        /* a release of a pointer past the start of its allocation */
	FACT_MISMATCHED,         /* a release by a function that does not release that kind of value */
	FACT_RETURN_LOCAL,       /* a local's address returned, or stored where it outlives the local */
	FACT_DANGLING,           /* a local's address used after the local's scope ended */
	FACT_LIFETIME,           /* a returned borrow comes from a parameter with another lifetime */
} FactKind;

typedef enum LeakHow {
	LEAK_SCOPE,              /* its last owner's storage ends (scope exit, return, jump) */
	LEAK_OVERWRITE,          /* its only owner is assigned something else */
	LEAK_DISCARDED,          /* an owned result nobody keeps */
	LEAK_FIELD,              /* the struct holding it in an OWNED field is released */
	LEAK_OUT_PARAM,          /* its owner is passed as &owner to an OUT_OWNED parameter */
} LeakHow;

/* Where a pointer that is not heap memory came from. ORIG_LENT: a result
 * tied to its argument (strchr's), inside that argument's block, owning
 * nothing (ownership.c: lent_interior). */
enum { ORIG_HEAP = 1, ORIG_STACK = 2, ORIG_GLOBAL = 4, ORIG_STRING = 8, ORIG_FUNC = 16, ORIG_STATIC = 32, ORIG_LENT = 64,
       ORIG_HOOK = 128 /* summaries: a call through a function pointer gave it */ };
/* The origins that are certainly not the heap: releasing one is free-non-heap. */
enum { ORIG_NOT_HEAP = ORIG_STACK | ORIG_GLOBAL | ORIG_STRING | ORIG_FUNC | ORIG_STATIC };

typedef enum UseHow { HOW_USE, HOW_BORROW, HOW_MOVE } UseHow;

typedef struct OwnFact {
	FactKind kind;
	UseHow how;
	const char *what;        /* the place as written: 'p', 'n->next' */
	const char *function;
	const char *callee;      /* FACT_RELEASE_AGAIN: the releasing function */
	SrcRange at;
	bool strict;             /* the value is under an annotation or signature */
	bool released_before;    /* FACT_RELEASE_AGAIN: released (not only moved) on some path */
	LeakHow leak;            /* FACT_LEAK */
	const char *owner;       /* LEAK_FIELD: the struct that was released */
	bool has_alloc;          /* alloc_at/alloc_by: where the value was allocated */
	SrcRange alloc_at;
	const char *alloc_by;    /* the allocating function, or NULL for an OWNED parameter */
	const Call *alloc_call;  /* ... and its call */
	const char *alloc_into;  /* ... the place it was stored in there, when not `what` (q = p moved it) */
	bool has_value;          /* value_at: where the pointer got its value (or was advanced) */
	SrcRange value_at;
	bool value_inside;       /* FACT_FREE_OFFSET: ... a member's address (d = &p->f) */
	int origin;              /* FACT_FREE_NON_HEAP: ORIG_* */
	const char *origin_name; /* the variable or function whose address it is */
	const char *path;        /* FACT_LEAK: the condition of the branch the leaking path took */
	bool path_true;          /* ... taken when the condition is true */
	bool path_pointer;       /* ... the condition is a pointer (say NULL / not NULL) */
	SrcRange path_at;
	const char *expected;    /* FACT_MISMATCHED: the function(s) that should release it */
	const char *local;       /* FACT_RETURN_LOCAL / FACT_DANGLING: the local pointed into */
	SrcRange local_at;       /* its declaration */
	bool has_end;            /* FACT_DANGLING: end_at is where its scope ended */
	SrcRange end_at;
	const char *stored_in;   /* FACT_RETURN_LOCAL: the out-parameter or global, or NULL for a return */
	const char *param;       /* FACT_LIFETIME: the parameter it borrows from, and its lifetime */
	const char *param_lt;
	const char *ret_lt;      /* ... and the lifetime the result is declared with */
	SrcRange param_at, fn_at;
	int nsites;
	OwnSite sites[OWN_MAX_SITES];
} OwnFact;

/* What a call to a function defined in one of the files analyzed may
 * assume, inferred from its body (annotations.md 7.31, issue "unannotated code across calls"). */
typedef struct Summary {
	uint64_t releases;       /* parameters released on every path */
	uint64_t escapes;        /* parameters stored or handed somewhere ownck cannot follow */
	bool allocator;          /* returns freshly owned memory (or NULL) on every path */
	bool noreturn;           /* no path returns (it always ends in exit, abort, ...) */
	uint64_t aborts_on_null; /* pointer parameters it does not return with when NULL
	                            (void check_oom(void *p) { if (!p) die(); }) */
	int returns_arg;         /* 1 + the parameter every non-NULL return gives back unchanged
	                            (struct buf *buf_put(struct buf *b, ...) { ...; return b; }):
	                            the caller keeps it and the result aliases it; 0 when none */
	uint64_t writes_first;   /* pointer parameters whose pointee it stores to before anything
	                            else touches them (int read(FILE *f, char **out) { *out = NULL;
	                            ...): &p handed there is a write of p, not a use (7.35) */
	uint64_t never_read_first;   /* pointer parameters whose pointee no path reads before it
	                            stores to it (writes_first, but for the paths that return
	                            without touching it: int decode(const char *in, char **out)
	                            { if (!*in) return 1; *out = ...): &p handed there is no use */
	bool realloc_like;       /* releases its first parameter as realloc does, only when it
	                            returns non-NULL: it returns realloc's result (a wrapper) */
	bool never_null;         /* an allocator that never returns NULL (git's xmalloc, which
	                            dies when malloc fails): its result needs no test */
	bool keeps_shared;       /* stores to no global or static and through no pointer, nor
	                            calls what may: a caller's global flags and locals whose
	                            address went out hold across the call (shared_writes) */
} Summary;

bool summary_equal(BORROW const Summary *a, BORROW const Summary *b);

/* realloc, or a function whose summary says it does what realloc does
 * (the analysis and realloc-leak ask alike). */
static inline bool call_reallocates(BORROW const Call *c) {
	return (c->sig && c->sig->realloc_like) || (c->summary && c->summary->realloc_like);
}

/* What a callee does with *out where a caller hands it &p (7.35): stores it
 * before anything reads it (an OUT_OWNED parameter, asprintf's, or so its
 * summary says), so p is overwritten; or never reads it before storing it
 * but may return without storing, so p is neither read nor written there.
 * The analysis and the borrow check ask alike. */
static inline bool call_stores_out_first(BORROW const Call *c, int k) {
	if (c->sig && k < c->sig->nparams && c->sig->params[k].annot.mode == MODE_OUT_OWNED) return true;
	return c->summary && k < 64 && ((c->summary->writes_first >> k) & 1);
}

static inline bool call_never_reads_out_first(BORROW const Call *c, int k) {
	return c->summary && k < 64 && ((c->summary->never_read_first >> k) & 1);
}

/* Infers f's summary into *s from its body, reading the summaries its calls
 * carry (Call.summary); false when it has none (no body, over budget).
 * It tracks only the variables the parameters' values reach and those that
 * flow into a return: the rest cannot change a summary, and made big
 * functions' summary runs several times slower than their checks.
 * Touches nothing shared: program.c runs it for many functions at once. */
bool ownership_summarize_one(BORROW const Unit *u, BORROW const Function *f, BORROW_MUT Summary *s);
/* f's summary from u->summaries (what program.c published), or inferred now
 * for a function nothing calls. */
const Summary *ownership_summary(BORROW_MUT Unit *u, BORROW const Function *f);

/* Analyzes f and appends its facts (OwnFact) to out. */
/* Returns false when f is too big for u->budget: nothing was appended. */
bool ownership_analyze(BORROW_MUT Unit *u, BORROW const Function *f, BORROW_MUT Vec *out);

/* ---- --explain-states: the states themselves, not what is wrong with them ---- */

/* One place's state at a point, over every path that reaches it. */
typedef struct PlaceState {
	int place;               /* Function.places index */
	uint8_t mask;            /* OS_* */
	bool has_alloc;          /* where the value it owns was allocated */
	SrcRange alloc_at;
	const char *alloc_by;    /* the allocating function, or NULL for an OWNED parameter */
	int nsites;              /* where it was moved or released (kind, callee, into) */
	OwnSite sites[OWN_MAX_SITES];
	const char *local;       /* OS_DANGLING: the local it points into, or NULL */
	bool has_end;            /* ... and where that local's scope ended */
	SrcRange end_at;
} PlaceState;

/* The states after statement `stmt` of block `block` (stmt -1: at the
 * block's entry), for the places that hold anything there (not only
 * OS_UNINIT) and are not temporaries; in place order. */
typedef struct OwnPoint {
	int block, stmt;
	int n;
	PlaceState *v;           /* in the unit's arena */
} OwnPoint;

/* Replays f's solved dataflow (the transfer function the analysis uses)
 * and appends an OwnPoint per statement and block entry of every reachable
 * block to out. Reports nothing. Returns false when f is too big for
 * u->budget: nothing was appended. */
bool ownership_explain(BORROW_MUT Unit *u, BORROW const Function *f, BORROW_MUT Vec *out);

#endif
