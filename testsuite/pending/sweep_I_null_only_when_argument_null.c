/* pending (sixth sweep, rsync lib/pool_alloc.c:152; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_null_only_when_argument_null.c:43:2: warning: leak of 'start' [leak]
 * An allocator that returns NULL only when an argument is NULL (it calls a noreturn
 * handler otherwise): a summary would need 'the result is NULL only if parameter k is'.
 * The helper's reduction follows. */
/* From rsync-3.2.7 lib/pool_alloc.c:142-152 (pool_alloc), with util2.c:73
 * (my_alloc). rsync's new()/new_array() call my_alloc(..., __FILE__, __LINE__),
 * which calls the NORETURN _out_of_memory() when calloc fails and `file` is
 * non-NULL, so new() never returns NULL. ownck infers "returns memory the
 * caller owns" but keeps a NULL result possible, and reports "leak of 'start'
 * when 'ext = new(struct ext)' is false" on the `goto bomb_out` that follows a
 * NULL check of the second allocation: that branch cannot be taken: FALSE.
 * Expect: nothing. Got: 1 leak. */
#include <stdlib.h>

__attribute__((noreturn)) void out_of_memory(const char *file, int line);

void *my_alloc(size_t num, size_t size, const char *file, int line)
{
	void *ptr = calloc(num, size);
	if (!ptr && file)
		out_of_memory(file, line);
	return ptr;
}
#define new(type) ((type *)my_alloc(1, sizeof (type), __FILE__, __LINE__))
#define new_array(type, n) ((type *)my_alloc((n), sizeof (type), __FILE__, __LINE__))

struct ext { struct ext *next; void *start; };

struct ext *add_extent(struct ext *head, size_t size)
{
	void *start;
	struct ext *e;

	if (!(start = new_array(char, size)))
		goto bomb_out;
	if (!(e = new(struct ext)))
		goto bomb_out;
	e->start = start;
	e->next = head;
	return e;
bomb_out:
	return NULL;
}
