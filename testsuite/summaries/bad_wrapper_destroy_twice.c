#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A wrapper of a deallocator is a deallocator: calling it twice, or freeing
 * after it, is a double free. */

void xfree(void *p)
{
    free(p);
}

void release_str(char *s)
{
    xfree(s);
}

void twice(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    release_str(p);
    xfree(p);                               // expect: double-free
}

void then_free(void)
{
    char *p = strdup("w");
    if (!p)
        return;
    xfree(p);
    free(p);                                // expect: double-free
}
