#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Unannotated functions that return fresh memory are allocators: their
 * callers own the result and release it. */

char *mk(void)
{
    return malloc(8);
}

char *mk_copy(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (!p)
        return NULL;
    strcpy(p, s);
    return p;
}

void use_mk(void)
{
    char *p = mk();
    if (!p)
        return;
    p[0] = 'x';
    free(p);
}

int use_copy(const char *s)
{
    char *c = mk_copy(s);
    if (c == NULL)
        return -1;
    int n = (int)strlen(c);
    free(c);
    return n;
}

void mk_into_free(void)
{
    free(mk());
}

char *pass_on(void)
{
    return mk_copy("again");
}
