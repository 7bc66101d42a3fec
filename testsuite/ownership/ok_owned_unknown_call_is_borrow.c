#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 3: for an OWNED value, a call to an unknown function is a temporary borrow. */

void unknown_fn(const char *s);
void unknown_sink(void *p);

void strict_owned(void)
{
    OWNED char *p = strdup("x");
    if (!p)
        return;
    unknown_fn(p);
    unknown_fn(p);
    free(p);
}

void strict_owned_param(OWNED char *p)
{
    if (p == NULL)
        return;
    unknown_sink(p);
    free(p);
}
