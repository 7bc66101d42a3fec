#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An assignment that overwrites the only owner of a value leaks it there. */

void alloc_twice(void)
{
    char *p = malloc(8);                    // expect-note: allocated here
    if (!p)
        return;
    p[0] = 'a';
    p = malloc(16);                         // expect: leak
    if (!p)
        return;
    p[0] = 'b';
    free(p);
}

void owner_from_other(void)
{
    OWNED char *a = strdup("a");
    OWNED char *b = strdup("b");
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    a = b;                                  // expect: leak
    free(a);
}
