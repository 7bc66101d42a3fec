#include <stdlib.h>

/* A global flag tested twice holds across a call of the program's own
 * function that stores to no global and through no pointer, and calls
 * only the system or such functions (its summary: procps's pgrep.c
 * do_regcomp, where the call between the tests is the xmalloc wrapper). */

extern void fatal(const char *msg) __attribute__((noreturn));
static int opt_exact;

static int twice(int x) { return 2 * x; }

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        fatal("out of memory");
    return p;
}

static int scaled(int x) { return twice(x) + 1; }

int compile(char *dflt, int n)
{
    char *re;
    int err;
    if (opt_exact)
        re = malloc(16);
    else
        re = dflt;
    err = twice(n);
    if (opt_exact)
        free(re);
    return err ? 1 : 0;
}

int compile_wrapped(char *dflt, int n)
{
    char *re;
    if (opt_exact)
        re = xmalloc(16);
    else
        re = dflt;
    int err = scaled(n);
    char *more = xmalloc(8);
    free(more);
    if (opt_exact)
        free(re);
    return err;
}
