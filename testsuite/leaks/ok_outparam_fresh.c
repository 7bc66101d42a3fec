#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.19, 7.35: passing &b to an OUT_OWNED parameter is fine when b owns
 * nothing: NULL, released or moved before. */

int make_buf(OUT_OWNED char **out, size_t n);
void queue_push(OWNED char *m);

void start_empty(void)
{
    char *b = NULL;
    if (make_buf(&b, 16) != 0)
        return;
    b[0] = 'a';
    free(b);
}

void refill_after_free(void)
{
    char *b = NULL;
    if (make_buf(&b, 16) != 0)
        return;
    b[0] = 'a';
    free(b);
    if (make_buf(&b, 32) != 0)
        return;
    b[0] = 'b';
    free(b);
}

void refill_after_move(void)
{
    OWNED char *b = NULL;
    if (make_buf(&b, 8) != 0)
        return;
    queue_push(b);
    if (make_buf(&b, 8) != 0)
        return;
    queue_push(b);
}

void aligned(void)
{
    void *p = NULL;
    if (posix_memalign(&p, 64, 256) != 0)
        return;
    memset(p, 0, 256);
    free(p);
}
