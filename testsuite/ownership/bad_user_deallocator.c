#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.31: a function defined in this file whose body releases its OWNED
 * parameter on every path is a deallocator. */

void str_release(OWNED char *s)
{
    free(s);
}

void release_twice(void)
{
    char *s = strdup("x");
    if (!s)
        return;
    str_release(s);
    str_release(s);                     // expect: double-free
}

void use_after_release(void)
{
    OWNED char *s = strdup("x");
    if (!s)
        return;
    str_release(s);
    s[0] = 'y';                         // expect: use-after-free
}
