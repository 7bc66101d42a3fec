#include <stdlib.h>
#include <string.h>

/* GNU's c ?: y is c when c is non-zero, evaluated once; libclang does not
 * expose it (an unexposed node of four operands: c three times, then y),
 * and its value was unknown, so what it handed on was lost. */
char *cached_or_fresh(char *cached)
{
    char *p = malloc(4);
    char *r = p ?: cached;              /* p itself when allocated */
    return r;
}

void release_either(char *given)
{
    char *fresh = given ? NULL : malloc(4);
    char *p = fresh ?: given;
    free(p);
}

char *name_or_default(const char *name)
{
    return strdup(name) ?: NULL;        /* one strdup, handed back */
}
