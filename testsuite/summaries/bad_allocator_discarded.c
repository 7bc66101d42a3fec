#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.13: discarding the result of an inferred allocator leaks at the call. */

struct s {
    char *buf;
};

char *mk(void)
{
    return malloc(8);
}

struct s *s_new(void)
{
    struct s *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->buf = malloc(8);
    return x;
}

void discard(void)
{
    mk();                                   // expect: leak
}

void discard_cast(void)
{
    (void)s_new();                          // expect: leak
}
