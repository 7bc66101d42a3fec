#include <ownck.h>
#include <stdlib.h>

/* free(NULL) is not a release of anything. */

void free_null_free(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    free(p);
    p = NULL;
    free(p);
}

void free_null_literal(void)
{
    free(NULL);
}

void free_unchecked(size_t n)
{
    char *p = malloc(n);
    free(p);
}

void free_checked_null(size_t n)
{
    char *p = malloc(n);
    if (p == NULL) {
        free(p);
        return;
    }
    p[0] = 'x';
    free(p);
}
