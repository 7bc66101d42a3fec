#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* The comma operator sequences a release before a use. */

int read_freed(void)
{
    char *p = strdup("abc");
    if (!p)
        return -1;
    int c = (free(p), p[0]);            // expect: use-after-free
    return c;
}

void release_in_comma_then_again(void)
{
    char *a = malloc(4);
    if (!a)
        return;
    a[0] = 'x', free(a);
    free(a);                            // expect: double-free
}
