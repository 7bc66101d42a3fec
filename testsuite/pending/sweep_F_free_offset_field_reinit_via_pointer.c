/* Origin: GNU sed 4.9, lib/dfa.c:2903 (dfaanalyze).  'tmp.elems' is set to an
 * interior pointer of 'posalloc' (dfa.c:2717), later re-pointed at a fresh
 * allocation by alloc_position_set(&tmp, 1) (dfa.c:2865), then freed.  The
 * write through the struct pointer is not seen as a reassignment of
 * 'tmp.elems', so the stale "advanced" state survives.  (Same result when the
 * write is 's->elems = malloc(..)' with 'struct set *s = &tmp' in the same
 * function, without a callee.)
 *
 * ownck today:
 *   free_offset_field_reinit_via_pointer.c:27:2: warning: 'free' releases 'tmp.elems', which does not point to the start of its allocation [free-offset]
 *   free_offset_field_reinit_via_pointer.c:25:2: note: 'tmp.elems' advanced here
 * expected: no findings.
 */
#include <stdlib.h>

struct set { int *elems; };

static void alloc_set(struct set *s) { s->elems = malloc(sizeof *s->elems); }

void f(void)
{
	int *base = malloc(8 * sizeof *base);
	struct set tmp;

	tmp.elems = base + 1;
	alloc_set(&tmp);
	free(tmp.elems);
	free(base);
}
