#include <stdlib.h>

/* An enumeration constant is no lvalue, though libclang shows it unwrapped
 * as it shows one: WRITE == m was lowered as an assignment to WRITE, its
 * test keyed by nothing, and the two tests below were two conditions. */
enum mode { READ, WRITE };

void f(enum mode m)
{
    char *p = NULL;
    if (WRITE == m)
        p = malloc(8);
    if (WRITE == m)
        free(p);
}

int g(int flags)
{
    enum { VERBOSE = 2 };
    char *log = NULL;
    if (VERBOSE & flags)
        log = malloc(64);
    if (!(VERBOSE & flags))
        return 0;
    free(log);
    return 1;
}
