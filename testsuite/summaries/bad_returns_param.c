#include <stdlib.h>

/* A function that gives its argument back (a chaining API) does not take
 * it: the caller still owns the buffer, and the result is another name for
 * it. Using the result after releasing the original is a use after free;
 * forgetting both is a leak. */

struct buf {
    int len;
    char data[16];
};

struct buf *buf_put(struct buf *b, char c)
{
    if (b->len < 16)
        b->data[b->len++] = c;
    return b;
}

int result_used_after_free(void)
{
    struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return -1;
    struct buf *q = buf_put(b, 'x');
    free(b);
    return q->len;                          // expect: use-after-free
}

int both_forgotten(void)
{
    struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return -1;
    struct buf *q = buf_put(buf_put(b, 'y'), 'z');
    return q->len;                          // expect: leak
}
