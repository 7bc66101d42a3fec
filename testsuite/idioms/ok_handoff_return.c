#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Ownership handed out by returning it. */

OWNED char *make_id(int n)
{
    OWNED char *s = malloc(12);
    if (!s)
        return NULL;
    snprintf(s, 12, "%d", n);
    return s;
}

char *read_word(FILE *fp)
{
    char *w = malloc(32);
    if (!w)
        return NULL;
    if (fscanf(fp, "%31s", w) != 1) {
        free(w);
        return NULL;
    }
    return w;
}

OWNED char *longer(OWNED char *a, OWNED char *b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    if (strlen(a) >= strlen(b)) {
        free(b);
        return a;
    }
    free(a);
    return b;
}
