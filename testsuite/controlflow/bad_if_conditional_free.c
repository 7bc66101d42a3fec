#include <ownck.h>
#include <stdlib.h>

/* if/else: a release on one branch reaches the code after the merge. */

void maybe_twice(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c)
        free(p);                        // expect-note: released here
    free(p);                            // expect: double-free
}

void both_branches_then_use(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c) {
        p[0] = 'a';
        free(p);                        // expect-note: released here
    } else {
        free(p);                        // expect-note: released here
    }
    p[1] = 'b';                         // expect: use-after-free
}
