#include <ownck.h>

/* A compound literal at file scope has static storage (C11 6.5.2.5p5), and so
 * does a static array of pointers to literals: both may be returned. */
static int *const g_defaults = (int[]){ 1, 2, 3 };

int *defaults(void)
{
    return g_defaults;
}

int *second_default(void)
{
    return &g_defaults[1];
}

const char *const *names(void)
{
    static const char *const n[] = { "alpha", "beta", 0 };
    return n;
}
