#include <stdlib.h>

/* A volatile pointer is followed like any other (ok_volatile_reassigned.c). */

void twice(void)
{
    char *volatile p;
    p = malloc(8);
    if (!p)
        return;
    free(p);
    free(p);                            // expect: double-free
}
