/* pending (sixth sweep, rsync authenticate.c:292; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_lazy_init_counter.c:24:4: warning: leak of 'arr': it is overwritten while it still owns its memory [leak]
 * A lazy allocation guarded by a counter set non-negative (from an unsigned char) beside it.
 * The helper's reduction follows. */
/* From rsync-3.2.7 authenticate.c:283-292 (auth_server, the loop over "auth users" tokens).
 * An array is allocated lazily inside a loop, guarded by a separate counter:
 * `if (cnt < 0) { cnt = n; arr = malloc(...); }`. The counter is set >= 0
 * (n is unsigned char here; rsync: a group count)
 * in the same block, so the allocation runs at most once and `arr` is never
 * overwritten while it owns memory; ownck does not correlate the guard with
 * the pointer and reports "leak of 'arr': it is overwritten while it still
 * owns its memory": FALSE. Expect: nothing. Got: 1 leak. */
#include <stdlib.h>
#include <string.h>

int count_matches(const char **toks, int ntok, unsigned char n)
{
	const char **arr = NULL;
	int cnt = -1, j, i, hits = 0;

	for (i = 0; i < ntok; i++) {
		if (cnt < 0) {
			cnt = n;
			arr = malloc(sizeof *arr * (n + 1));
			if (!arr)
				return -1;
			for (j = 0; j < cnt; j++)
				arr[j] = "g";
		}
		for (j = 0; j < cnt; j++)
			if (strcmp(toks[i], arr[j]) == 0)
				hits++;
	}
	free(arr);
	return hits;
}
