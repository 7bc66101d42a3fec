/* Reproducer: continue_after_terminator_check
 * From: tmux 3.3a arguments.c:154-213 (args_parse): 'new = xcalloc' (182), then with *string == '\0'
 * the code does 'continue' (192); the next iteration reads flag = '\0' and breaks. Findings
 * 160, 165, 171, 182 (and, with eq_ne_complement_nonzero.c, 228 and 235) come from this.
 * Why: ownck does not carry '*s == 0' across 's++' into the next iteration, so it thinks the
 * loop can run again after the continue with p still owned.
 * ownck prints today (/tmp/ownck.sweep continue_after_terminator_check.c):
 *   continue_after_terminator_check.c:25:4: warning: leak of 'p' when 'c == '?'' is true [leak]
 *   continue_after_terminator_check.c:26:3: warning: leak of 'p': it is overwritten while it still owns its memory [leak]
 *   2 warnings generated.
 * It should print: nothing (p is owned only on the continue path, which always leaves the loop and returns p).
 * (2026-12-07: in tmux itself the continue path is a real leak: after it the inner loop
 * breaks, the outer one ends with i == count, and 'new' is neither freed nor stored, so
 * arguments.c:272, 279 and 281 are real; 160, 165, 171, 182, 198, 205, 228 and 235 name
 * points that path cannot reach. What ownck lacks: '*s == 0' carried to 'c = *s++'.)
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

char *f(const char *s)
{
	char *p = NULL;
	for (;;) {
		int c = *s++;
		if (c == '\0')
			break;
		if (c == '?')
			return NULL;
		p = strdup(s);
		if (*s == '\0')
			continue;	/* next iteration reads '\0' and breaks */
		free(p);
		p = NULL;
	}
	return p;
}
