#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every allocation function of the malloc family pairs with free. */

void all_of_them(const char *s)
{
    char *a = malloc(8);
    char *b = calloc(2, 8);
    char *c = strdup(s);
    char *d = strndup(s, 4);
    void *e = aligned_alloc(64, 128);
    char *f = realloc(NULL, 32);
    free(f);
    free(e);
    free(d);
    free(c);
    free(b);
    free(a);
}

void after_realloc(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = realloc(p, 64);
    if (!q) {
        free(p);
        return;
    }
    free(q);
}
