#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Using a value after a summary deallocator released it. */

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

int read_after(void)
{
    struct s *o = s_new();
    if (!o)
        return -1;
    destroy(o);                             // expect-note: released here
    return o->n;                            // expect: use-after-free
}

void write_after(void)
{
    struct s *o = s_new();
    if (!o)
        return;
    destroy(o);
    o->n = 3;                               // expect: use-after-free
}
