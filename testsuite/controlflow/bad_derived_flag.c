#include <stdlib.h>

/* The derived flag says nothing about a variable it was not computed
 * from, nor of its inputs once they change. */

int unrelated(int a, int b, int c)
{
    char *p = NULL;
    int both = a && b;
    if (both)
        p = malloc(8);
    if (c)
        return 0;                  // expect: leak
    free(p);
    return 1;
}

int input_changed(int a, int b)
{
    char *p = NULL;
    int flag = !a && !b;
    if (flag)
        p = malloc(8);
    b = !b;
    if (b)
        return 0;                  // expect: leak
    free(p);
    return 1;
}
