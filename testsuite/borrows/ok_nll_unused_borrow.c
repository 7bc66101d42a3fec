#include <ownck.h>
#include <stdlib.h>

/* A borrow that is never used after it is created ends at once
 * (rustc: nll/borrow-use-issue-46875). */

void show(BORROW const int *p);

int never_used_again(void)
{
    int x = 5;
    BORROW const int *y = &x;
    (void)y;                        /* the only use of y */
    x = 7;                          /* fine */
    return x;
}

void never_used_again_heap(void)
{
    OWNED int *v = malloc(sizeof *v);
    if (!v)
        return;
    BORROW_MUT int *m = v;
    (void)m;
    *v = 3;                         /* fine */
    show(v);
    free(v);                        /* fine */
}
