#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* exit, abort and _Exit end the path: nothing is leaked there. */

char *must_dup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        exit(1);
    return p;
}

void two_or_die(void)
{
    char *a = malloc(8);
    if (!a)
        abort();
    char *b = malloc(8);
    if (!b)
        exit(2);
    a[0] = 'a';
    b[0] = 'b';
    free(b);
    free(a);
}

void quit_now(int code)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 'q';
    if (code)
        _Exit(code);
    free(p);
}
