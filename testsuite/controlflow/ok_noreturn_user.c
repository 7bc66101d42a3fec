#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* User functions declared _Noreturn or __attribute__((noreturn)) end the path. */

_Noreturn void die(const char *msg);
__attribute__((noreturn)) void fatal(int code);

__attribute__((noreturn)) static void oom(void)
{
    fputs("out of memory\n", stderr);
    abort();
}

OWNED char *xstrdup(BORROW const char *s)
{
    OWNED char *p = strdup(s);
    if (!p)
        die("out of memory");
    return p;
}

void checked(int bad)
{
    char *p = malloc(8);
    if (!p)
        fatal(1);
    if (bad) {
        free(p);
        fatal(2);
    }
    p[0] = 'x';
    free(p);
}

void with_static_helper(void)
{
    char *p = malloc(8);
    if (!p)
        oom();
    p[0] = 'y';
    free(p);
}

void uses_xstrdup(void)
{
    OWNED char *s = xstrdup("abc");
    puts(s);
    free(s);
}
