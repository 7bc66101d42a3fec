#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Statement macros: do { ... } while (0) wrappers that release and clear. */

#define FREE_AND_NULL(p) do { free(p); (p) = NULL; } while (0)
#define CHECK_ALLOC(p) do { if ((p) == NULL) abort(); } while (0)
#define RETURN_IF_NULL(p, v) do { if (!(p)) return (v); } while (0)
#define CLOSE_AND_NULL(f) do { if (f) fclose(f); (f) = NULL; } while (0)

void release_twice_safely(void)
{
    char *p = malloc(8);
    CHECK_ALLOC(p);
    p[0] = 'x';
    FREE_AND_NULL(p);
    FREE_AND_NULL(p);
}

int guarded(void)
{
    char *p = strdup("x");
    RETURN_IF_NULL(p, -1);
    int c = p[0];
    FREE_AND_NULL(p);
    return c;
}

void close_twice_safely(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    fgetc(f);
    CLOSE_AND_NULL(f);
    CLOSE_AND_NULL(f);
}
