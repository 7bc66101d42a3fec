#include <stdlib.h>

/* ok_chained_null_assignment.c's pattern with a release missing or
 * doubled: a copy of NULL makes no alias, so each owner is still followed
 * on its own. */

int one_missing(int c)
{
    char *a = malloc(4), *b = malloc(4);
    if (c) {
        free(b);
        free(a);
        a = b = NULL;
    }
    free(a);
    return 0;                           // expect: leak
}

int released_twice(int c)
{
    char *a = malloc(4), *b = malloc(4);
    if (c) {
        free(a);
        a = b = NULL;                   // expect: leak
    }
    free(a);
    free(b);
    free(a);                            // expect: double-free
    return 0;
}
