#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.7: for inferred values a release on some path counts. */

void consume(OWNED char *s);

void maybe_freed_then_given(int drop)
{
    char *p = strdup("x");
    if (!p)
        return;
    if (drop)
        free(p);
    consume(p);                         // expect: use-after-free
}

void maybe_freed_then_freed(int drop)
{
    char *p = strdup("x");
    if (!p)
        return;
    if (drop)
        free(p);
    free(p);                            // expect: double-free
}
