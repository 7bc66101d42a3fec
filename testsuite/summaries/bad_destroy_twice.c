#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A summary deallocator called twice on the same value is a double free. */

struct s {
    char *buf;
    int n;
};

struct s *s_new(void)
{
    struct s *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->buf = malloc(8);
    return x;
}

void destroy(struct s *x)
{
    free(x->buf);
    free(x);
}

void twice(void)
{
    struct s *o = s_new();
    if (!o)
        return;
    destroy(o);                             // expect-note: released here
    destroy(o);                             // expect: double-free
}

void twice_on_some_path(int c)
{
    struct s *o = s_new();
    if (!o)
        return;
    if (c)
        destroy(o);
    destroy(o);                             // expect: double-free
}
