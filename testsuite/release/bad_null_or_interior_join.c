#include <stdlib.h>

/* q is NULL on one path and points into p's block on the other. The join
 * made q a member of p's class, and the test of q against NULL then asked
 * p to be NULL too: p was allocated and checked, so the side where q is
 * NULL was cut, and the double free on it went unseen. */
void f(int c)
{
    char *p = malloc(10);
    if (!p)
        return;
    char *q = NULL;
    if (c)
        q = p + 1;
    if (!q) {
        free(p);                        // expect-note: first released here
        free(p);                        // expect: double-free
        return;
    }
    free(p);
}
