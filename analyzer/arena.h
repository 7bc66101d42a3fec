/*
 * arena.h - bump allocation for everything that lives as long as one
 * translation unit's analysis (the IR, signatures, diagnostics' strings).
 *
 * An Arena owns every block it hands out; nothing is freed individually, the
 * whole arena goes at once with arena_free(). Vec is a growable array whose
 * storage is malloc'd and owned by the Vec (vec_free releases it): used for
 * buffers that are rebuilt often, where arena growth would waste memory.
 */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>
#include <stdarg.h>
#include "../annotations/ownck.h"

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
	ArenaChunk *head;   /* newest chunk first */
	size_t used;        /* bytes used in head */
	size_t total;       /* bytes allocated, for --stats */
} Arena;

void  arena_init(BORROW_MUT Arena *a);
void  arena_free(BORROW_MUT Arena *a);
void *arena_alloc(BORROW_MUT Arena *a, size_t n);   /* zeroed */
void *arena_raw(BORROW_MUT Arena *a, size_t n);     /* not zeroed: for what is written before it is read */
char *arena_strdup(BORROW_MUT Arena *a, BORROW const char *s);
char *arena_strndup(BORROW_MUT Arena *a, BORROW const char *s, size_t n);
char *arena_printf(BORROW_MUT Arena *a, BORROW const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vprintf(BORROW_MUT Arena *a, BORROW const char *fmt, va_list ap);
/* a, b and c one after another (NULL counts as ""): printf's cost is
 * parsing the format, which lowering paid for every place and call temp. */
char *arena_concat(BORROW_MUT Arena *a, BORROW const char *x, BORROW const char *y, BORROW const char *z);
/* Copy n elements of size sz into the arena (for freezing a Vec). */
void *arena_memdup(BORROW_MUT Arena *a, BORROW const void *p, size_t n);

#define ARENA_NEW(a, T)      ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* A growable array of fixed-size elements; the storage is malloc'd. */
typedef struct Vec {
	OWNED void *data;
	int len, cap;
	int elem;           /* element size in bytes */
} Vec;

void  vec_init(BORROW_MUT Vec *v, int elem);
void *vec_push(BORROW_MUT Vec *v);          /* returns the new zeroed slot */
void  vec_free(BORROW_MUT Vec *v);

/* vec_push for a slot the caller writes whole: not zeroed, and inline while
 * there is room (the function walk appends millions of nodes and ints). */
static inline void *vec_append(BORROW_MUT Vec *v) {
	if (v->len == v->cap) return vec_push(v);
	return (char *)v->data + (size_t)v->len++ * (size_t)v->elem;
}
#define VEC_AT(v, T, i) (((T *)(v)->data)[i])

/* Out-of-memory is not a condition ownck tries to survive. */
_Noreturn void die_oom(void);
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(BORROW const char *s);

#endif
