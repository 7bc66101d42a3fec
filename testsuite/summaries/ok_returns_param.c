#include <stdlib.h>

/* The result of a function that gives its argument back is the caller's
 * value under another name: releasing either name releases it, once. */

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

/* NULL on failure, else its argument */
struct buf *buf_check(struct buf *b)
{
    if (b->len > 15)
        return NULL;
    return b;
}

int same_name(void)
{
    struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return -1;
    b = buf_put(b, 'x');
    int n = b->len;
    free(b);
    return n;
}

int released_through_result(void)
{
    struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return -1;
    struct buf *q = buf_put(buf_put(b, 'x'), 'y');
    int n = q->len;
    free(q);
    return n;
}

int discarded(void)
{
    struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return -1;
    buf_put(b, 'x');
    free(b);
    return 0;
}

int checked(void)
{
    struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return -1;
    struct buf *ok = buf_check(b);
    int n = ok ? ok->len : -1;
    free(b);
    return n;
}
