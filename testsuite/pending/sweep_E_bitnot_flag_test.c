/* Reproducer: bitnot_flag_test
 * From: tmux 3.3a format.c:3487 'if (~modifiers & FORMAT_TIMESTRING)' (allocates found at 3494)
 * vs 3502 'if (modifiers & FORMAT_TIMESTRING)'. Contributing shape: the 3510/3512/3521
 * findings cite 3494 as the allocation, a path only possible if these two tests could both hold.
 * Why: '~m & F' is not treated as the negation of 'm & F' ('!(m & F)' is).
 * ownck prints today (/tmp/ownck.sweep bitnot_flag_test.c):
 *   bitnot_flag_test.c:19:3: warning: leak of 'p' when 'm & 1' is true [leak]
 *   1 warning generated.
 * It should print: nothing.
 */
#include <stdlib.h>

char *f(int m)
{
	char *p = NULL;
	if (~m & 1)		/* with '!(m & 1)' ownck is silent */
		p = malloc(1);
	if (m & 1)
		return NULL;
	return p;
}
