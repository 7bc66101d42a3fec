/* Reproducer: counter_increment_tracks_allocation
 * From: tmux 3.3a format.c:5024/5028 and 5050/5054 ('ud = xreallocarray(..); size++' in a loop,
 * 'if (size != 0) free(ud)'), and window-tree.c:381/384 ('l[n++]', 'if (n == 0) goto empty').
 * Why: ownck does not learn n != 0 from 'n++' on n == 0 (it does from 'n = 1'), so it does
 * not see that p is non-NULL exactly when n != 0.
 * ownck prints today (/tmp/ownck.sweep counter_increment_tracks_allocation.c):
 *   counter_increment_tracks_allocation.c:23:1: warning: leak of 'p' [leak]
 *   1 warning generated.
 * It should print: nothing.
 */
#include <stdlib.h>

void f(int c)
{
	char *p = NULL;
	unsigned n = 0;
	if (c) {
		p = malloc(1);
		n++;		/* with 'n = 1;' instead, ownck is silent */
	}
	if (n != 0)
		free(p);
}
