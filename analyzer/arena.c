/*
 * arena.c - chunked bump allocator. Chunks grow geometrically so that a huge
 * translation unit costs a few dozen mallocs, and large single requests get a
 * chunk of their own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "arena.h"

struct ArenaChunk {
	ArenaChunk *next;
	size_t size;
	max_align_t data[];
};

enum { MIN_CHUNK = 64 * 1024 };

_Noreturn void die_oom(void) {
	fputs("ownck: fatal error: out of memory\n", stderr);
	exit(2);
}

void *xmalloc(size_t n) {
	void *p = malloc(n ? n : 1);
	if (!p) die_oom();
	return p;
}

void *xcalloc(size_t n, size_t sz) {
	void *p = calloc(n ? n : 1, sz ? sz : 1);
	if (!p) die_oom();
	return p;
}

void *xrealloc(void *p, size_t n) {
	void *q = realloc(p, n ? n : 1);
	if (!q) die_oom();
	return q;
}

char *xstrdup(const char *s) {
	size_t n = strlen(s) + 1;
	char *p = xmalloc(n);
	memcpy(p, s, n);
	return p;
}

void arena_init(Arena *a) {
	a->head = NULL;
	a->used = 0;
	a->total = 0;
}

void arena_free(Arena *a) {
	ArenaChunk *c = a->head;
	while (c) {
		ArenaChunk *next = c->next;
		free(c);
		c = next;
	}
	arena_init(a);
}

/* What the IR holds needs a pointer's or a long long's alignment, not
 * max_align_t's 16 bytes: most of an arena is small strings and arrays. */
enum { ALIGN = _Alignof(long long) > _Alignof(void *) ? _Alignof(long long) : _Alignof(void *) };

/* n bytes, not zeroed: for callers that write every byte at once. */
static void *arena_take(Arena *a, size_t n) {
	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (!a->head || a->used + n > a->head->size) {
		size_t size = a->head ? a->head->size * 2 : MIN_CHUNK;
		if (size > 16u * 1024 * 1024) size = 16u * 1024 * 1024;
		if (size < n) size = n;
		ArenaChunk *c = xmalloc(sizeof(ArenaChunk) + size);
		c->size = size;
		c->next = a->head;
		a->head = c;
		a->used = 0;
		a->total += size;
	}
	void *p = (char *)a->head->data + a->used;
	a->used += n;
	return p;
}

void *arena_raw(Arena *a, size_t n) { return arena_take(a, n); }

void *arena_alloc(Arena *a, size_t n) {
	void *p = arena_take(a, n);
	memset(p, 0, n);
	return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
	char *p = arena_take(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_strdup(Arena *a, const char *s) {
	return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(Arena *a, const char *fmt, va_list ap) {
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0) n = 0;
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

char *arena_concat(Arena *a, const char *x, const char *y, const char *z) {
	size_t nx = x ? strlen(x) : 0, ny = y ? strlen(y) : 0, nz = z ? strlen(z) : 0;
	char *p = arena_alloc(a, nx + ny + nz + 1);   /* zeroed: the terminator is there */
	if (nx) memcpy(p, x, nx);
	if (ny) memcpy(p + nx, y, ny);
	if (nz) memcpy(p + nx + ny, z, nz);
	return p;
}

void *arena_memdup(Arena *a, const void *p, size_t n) {
	void *q = arena_take(a, n);
	if (n) memcpy(q, p, n);
	return q;
}

void vec_init(Vec *v, int elem) {
	v->data = NULL;
	v->len = v->cap = 0;
	v->elem = elem;
}

void *vec_push(Vec *v) {
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->data = xrealloc(v->data, (size_t)v->cap * (size_t)v->elem);
	}
	void *slot = (char *)v->data + (size_t)v->len * (size_t)v->elem;
	switch (v->elem) {   /* constant sizes become plain stores: lowering pushes millions of ints and cursors */
	case 4: memset(slot, 0, 4); break;
	case 8: memset(slot, 0, 8); break;
	case 16: memset(slot, 0, 16); break;
	case 24: memset(slot, 0, 24); break;
	case 32: memset(slot, 0, 32); break;
	default: memset(slot, 0, (size_t)v->elem); break;
	}
	v->len++;
	return slot;
}

void vec_free(Vec *v) {
	free(v->data);
	v->data = NULL;   /* the storage is gone: put NULL back (annotations.md 7.17) */
	vec_init(v, v->elem);
}
