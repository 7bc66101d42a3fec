#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A pointer that once pointed to a local or a literal, then was reassigned
 * to heap memory (or NULL), may be released. */

void from_array_to_heap(void)
{
    char buf[16];
    char *p = buf;
    p[0] = '\0';
    p = malloc(32);
    if (!p)
        return;
    p[0] = 'h';
    free(p);
}

void from_literal_to_copy(void)
{
    const char *lit = "literal";
    char *s = (char *)lit;
    puts(s);
    s = strdup(lit);
    free(s);
}

void from_local_to_null(void)
{
    int x = 3;
    int *p = &x;
    *p = 4;
    p = NULL;
    free(p);
}
