/* procps 4.0.2 src/pgrep.c:588 (do_regcomp)
 * ownck prints today:
 *   procps_1.c:37:9: warning: leak of 're' when 'err' is true [leak]
 *   procps_1.c:31:14: note: 're' allocated here by 'malloc'
 *   procps_1.c:36:9: note: the leaking path: 'err' is true
 *   procps_1.c:38:5: warning: leak of 're' when 'err' is false [leak]
 *   procps_1.c:31:14: note: 're' allocated here by 'malloc'
 *   procps_1.c:36:9: note: the leaking path: 'err' is false
 * False: 're' is allocated only under `if (opt_exact)` and freed under the
 * same `if (opt_exact)`; opt_exact is a file-static int that nothing on this
 * path writes. The correlation between the two tests is lost as soon as a
 * call to a function *defined in the program* lies between them - here a
 * pure helper; in pgrep it is the allocator wrapper xmalloc() itself
 * (local/xalloc.h), which is called inside the first branch. With the call
 * replaced by its body (`err = 2 * n;`) there is no warning; with libc
 * calls (atoi, regcomp) none either.
 * --explain-states also shows, after line 'if (opt_exact) free(re);',
 * "dflt: released (free at ...) on some paths", i.e. ownck believes
 * opt_exact may have changed and free(re) may free the borrowed 'dflt'. */
#include <stdlib.h>

static int opt_exact;

static int twice(int x) { return 2 * x; }

int compile(char *dflt, int n)
{
    char *re;
    int err;
    if (opt_exact)
        re = malloc(16);
    else
        re = dflt;
    err = twice(n);
    if (opt_exact) free(re);
    if (err)
        return 1;
    return 0;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as procps_1.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
