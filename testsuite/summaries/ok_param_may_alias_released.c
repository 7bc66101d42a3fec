#include <stdlib.h>
#include <string.h>

/* A parameter that only may alias what is released (the conditional joins
 * 'real' and 'path') is not released by the function: the summary must not
 * say so, or every caller's later use of its argument is a use after free. */

static size_t measure(const char *s)
{
    return strlen(s);
}

static char *entry_name(const char *path)
{
    char *real = realpath(path, NULL);
    size_t n = measure(real ? real : path);
    free(real);
    return malloc(n + 1);
}

int caller(const char *path)
{
    char *e = entry_name(path);
    free(e);
    return path[0];
}

int owner(void)
{
    char *p = strdup("x");
    if (!p)
        return -1;
    char *e = entry_name(p);
    free(e);
    int c = p[0];
    free(p);
    return c;
}
