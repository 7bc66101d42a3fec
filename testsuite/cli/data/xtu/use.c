#include "buf.h"

int use_after_release(void)
{
    struct buf *b = buf_new(16);
    if (!b)
        return -1;
    buf_free(b);
    return (int)b->len;
}

int forgotten(void)
{
    struct buf *b = buf_new(8);
    if (!b)
        return -1;
    return report(b);
}

int kept_elsewhere(void)
{
    struct buf *b = buf_new(8);
    if (!b)
        return -1;
    buf_keep(b);
    return 0;
}

void released_twice(void)
{
    struct buf *b = buf_new(4);
    buf_free(b);
    buf_free(b);
}

int correct(void)
{
    struct buf *b = buf_new(32);
    if (!b)
        return -1;
    int n = report(b);
    buf_free(b);
    return n;
}

/* buf_drop releases through release.c's static helper, not alloc.c's */
int dropped(void)
{
    struct buf *b = buf_new(2);
    if (!b)
        return -1;
    buf_drop(b);
    return (int)b->len;
}

/* buf_reset gives b back: r is b under another name */
int reset_after_release(void)
{
    struct buf *b = buf_new(1);
    if (!b)
        return -1;
    struct buf *r = buf_reset(b);
    buf_free(b);
    return (int)r->len;
}
