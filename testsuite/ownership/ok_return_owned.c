#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* return p; from an OWNED function moves p to the caller. */

OWNED char *make_name(BORROW const char *first)
{
    size_t n = strlen(first);
    OWNED char *p = malloc(n + 2);
    if (!p)
        return NULL;
    memcpy(p, first, n);
    p[n] = '!';
    p[n + 1] = '\0';
    return p;
}

void use_name(void)
{
    OWNED char *name = make_name("bob");
    if (!name)
        return;
    puts(name);
    free(name);
}

OWNED char *maybe_make(int c)
{
    char *p = malloc(8);
    if (!p || !c) {
        free(p);
        return NULL;
    }
    p[0] = '\0';
    return p;
}
