#include <stdlib.h>

/* The release of ok_release_with_context.c still happens at the call:
 * using or releasing the pointer afterwards is reported. */

static void release_with(void *ptr, void *ctx)
{
    (void)ctx;
    free(ptr);
}

void used_after(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    release_with(p, p);
    p[0] = 0;                           // expect: use-after-free
}

void released_after(void)
{
    char *p = malloc(8);
    release_with(p, NULL);
    free(p);                            // expect: double-free
}
