#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The next iteration's assignment overwrites the previous iteration's value. */

void last_only(int n)
{
    char *p = NULL;
    for (int i = 0; i < n; i++) {
        p = malloc(8);                      // expect: leak
        if (!p)
            return;
        p[0] = (char)i;
    }
    free(p);
}
