#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.14: the owner's block ends while it still owns: leak at that block's `}`. */

void inner_block(int n)
{
    if (n > 0) {
        char *p = malloc((size_t)n);
        if (!p)
            return;
        memset(p, 0, (size_t)n);
    }                                       // expect: leak
    puts("done");
}

void bare_block(void)
{
    {
        char *q = strdup("scoped");         // expect-note: allocated here
        if (q)
            puts(q);
    }                                       // expect: leak
    puts("after");
}
