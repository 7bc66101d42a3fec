#include <stdlib.h>

/* iproute2's getcmdline: *linep = realloc(*linep, n) loses the caller's
 * buffer when realloc fails, as p = realloc(p, n) loses a local's; so does
 * a field stored through a pointer. */
struct buf { char *data; size_t cap; };

int grow_line(char **linep, size_t *sz)
{
    *sz *= 2;
    *linep = realloc(*linep, *sz);              // expect: realloc-leak
    if (!*linep)
        return -1;
    return 0;
}

int grow_buf(struct buf *b)
{
    b->cap *= 2;
    b->data = realloc(b->data, b->cap);         // expect: realloc-leak
    return b->data ? 0 : -1;
}
