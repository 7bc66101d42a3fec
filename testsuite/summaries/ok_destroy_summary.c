#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An unannotated destroy() defined in this file releases its parameter on
 * every path: it is a deallocator for its callers. */

struct s {
    char *buf;
    int n;
};

struct s *s_new(int n)
{
    struct s *x = malloc(sizeof *x);
    if (!x)
        return NULL;
    x->buf = malloc(16);
    if (!x->buf) {
        free(x);
        return NULL;
    }
    x->n = n;
    return x;
}

void destroy(struct s *x)
{
    free(x->buf);
    free(x);
}

int use_once(int n)
{
    struct s *o = s_new(n);
    if (!o)
        return -1;
    o->buf[0] = 'a';
    int r = o->n;
    destroy(o);
    return r;
}

void destroy_each_branch(int c)
{
    struct s *o = s_new(1);
    if (!o)
        return;
    if (c) {
        o->n = 2;
        destroy(o);
    } else {
        destroy(o);
    }
}
