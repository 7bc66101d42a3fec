#include <stdlib.h>
#include "buf.h"

struct buf *buf_new(size_t n)
{
    struct buf *b = malloc(sizeof *b);
    if (!b)
        return NULL;
    b->len = n;
    b->data = NULL;
    return b;
}

/* static: a file of its own may define the same name */
static int helper(struct buf *b) { return b != NULL; }

int report(struct buf *b) { return helper(b); }

/* gives its argument back: callers keep it, the result is another name */
struct buf *buf_reset(struct buf *b)
{
    b->len = 0;
    return b;
}
