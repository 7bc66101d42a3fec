#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* After a summary deallocator the variable may be reassigned and reused. */

struct s {
    char *buf;
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

void twice_over(void)
{
    struct s *o = s_new();
    if (!o)
        return;
    destroy(o);
    o = s_new();
    if (!o)
        return;
    destroy(o);
    o = NULL;
}
