/* Reproducer: addr_taken_local_loses_correlation
 * (2026-12-07: tmux's own case, &t handed to localtime_r/ctime_r, is fixed: an address handed
 * only to system functions keeps the local a condition local, controlflow/ok_local_address_to_
 * system_call.c. Left: &t handed to a function of the user's, below, even after both tests;
 * fixing it needs to know where the address is taken, flow-sensitively.)
 * From: tmux 3.3a format.c:3443-3523 (format_find): 'time_t t = 0' is passed as &t to
 * localtime_r/ctime_r at 3515/3518; the tests 't == 0 && found != NULL' (3503) and
 * 't == 0' (3509) are then treated as unrelated -> leak at 3510, overwrite-leaks at 3512/3521.
 * Why: Once a local's address is taken anywhere in the function (even after the tests),
 * ownck stops correlating two tests of that local, giving a false leak and a false double free.
 * ownck prints today (/tmp/ownck.sweep addr_taken_local_loses_correlation.c):
 *   addr_taken_local_loses_correlation.c:23:3: warning: leak of 'p' when 't == 0' is true [leak]
 *   addr_taken_local_loses_correlation.c:25:2: warning: double free of 'p' [double-free]
 *   2 warnings generated.
 * It should print: nothing (p is freed exactly once on every path).
 */
#include <stdlib.h>

void use(int *);

void f(int t)
{
	char *p = malloc(1);
	if (t == 0)
		free(p);
	if (t == 0)
		return;
	use(&t);	/* only taking &t, AFTER both tests, triggers it */
	free(p);
}
