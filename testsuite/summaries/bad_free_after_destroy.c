#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* free() and a summary deallocator both release: using both is a double free. */

struct s {
    char *buf;
};

void destroy(struct s *x)
{
    free(x->buf);
    free(x);
}

void destroy_then_free(void)
{
    struct s *o = calloc(1, sizeof *o);
    if (!o)
        return;
    destroy(o);
    free(o);                                // expect: double-free
}

void free_then_destroy(void)
{
    struct s *o = calloc(1, sizeof *o);
    if (!o)
        return;
    free(o);
    destroy(o);                             // expect: double-free
}
