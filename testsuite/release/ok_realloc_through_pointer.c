#include <stdlib.h>

/* bad_realloc_through_pointer.c done right: the result goes to a local
 * first, and the caller's pointer is replaced only when realloc succeeded. */
struct buf { char *data; size_t cap; };

int grow_line(char **linep, size_t *sz)
{
    char *p = realloc(*linep, *sz * 2);
    if (!p)
        return -1;
    *linep = p;
    *sz *= 2;
    return 0;
}

int grow_buf(struct buf *b)
{
    char *p = realloc(b->data, b->cap * 2);
    if (!p)
        return -1;
    b->data = p;
    b->cap *= 2;
    return 0;
}

/* lighttpd's buffer_realloc: a failure that ends the program loses
 * nothing, and the check may sit behind its macro's do-while jump. */
void ck_assert_failed(const char *file, unsigned line, const char *msg) __attribute__((noreturn));
#define force_assert(x) do { if (!(x)) ck_assert_failed(__FILE__, __LINE__, #x); } while (0)

void buffer_grow(struct buf *b, size_t sz)
{
    b->cap = sz;
    b->data = realloc(b->data, sz);
    force_assert(NULL != b->data);
}
