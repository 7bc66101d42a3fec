#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A return that hands the value out is not a leak; the caller then owns it. */

OWNED char *make_label(int n)
{
    OWNED char *s = malloc(16);
    if (!s)
        return NULL;
    snprintf(s, 16, "item-%d", n);
    return s;
}

char *plain_copy(const char *src)
{
    char *p = malloc(strlen(src) + 1);
    if (p == NULL)
        return NULL;
    strcpy(p, src);
    return p;
}

char *through_alias(void)
{
    char *p = malloc(8);
    if (!p)
        return NULL;
    char *q = p;
    q[0] = '\0';
    return q;
}

void caller(void)
{
    OWNED char *a = make_label(3);
    char *b = plain_copy("text");
    char *c = through_alias();
    if (a)
        puts(a);
    if (b)
        puts(b);
    free(c);
    free(b);
    free(a);
}
