/* Reproducer: odd_name_interior_pointer
 * From: libyaml 0.2.5 loader.c:435/458 and 503/526 (STACK_INIT then 'goto error' when PUSH fails).
 * NOT a false positive: the leak is real; only the NAME is wrong.
 * Why: The leak is reported under the name of an interior pointer (items.end = start + 16)
 * instead of the owning pointer items.start.
 * ownck prints today (/tmp/ownck.sweep odd_name_interior_pointer.c):
 *   odd_name_interior_pointer.c:23:3: warning: leak of 'items.end' when 'c' is true [leak]
 *   1 warning generated.
 * It should print: the same warning, but naming 'items.start'.
 */
#include <stdlib.h>

struct stack { int *start, *end, *top; };

int f(int c)
{
	struct stack items = { NULL, NULL, NULL };
	if (!(items.start = malloc(16 * sizeof(int))))
		return 0;
	items.top = items.start;
	items.end = items.start + 16;
	if (c)
		return 0;	/* real leak, but reported as 'items.end' */
	free(items.start);
	return 1;
}
