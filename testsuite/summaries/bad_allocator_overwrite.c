#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Overwriting the owner of an allocator's result leaks it. */

char *mk_copy(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (!p)
        return NULL;
    strcpy(p, s);
    return p;
}

void overwrite(void)
{
    char *p = mk_copy("first");             // expect-note: allocated here
    if (!p)
        return;
    puts(p);
    p = mk_copy("second");                  // expect: leak
    free(p);
}
