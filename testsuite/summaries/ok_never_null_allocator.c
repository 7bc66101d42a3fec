#include <stdlib.h>
#include <stdint.h>

/* An allocator that dies rather than return NULL (git's xmalloc and
 * xrealloc, in wrapper.c) never gives NULL: its summary says so, and a
 * caller's NULL side after it is another path's (git's xdiff/xutils.c
 * xdl_alloc_grow_helper: tmp is NULL only when xrealloc was not called,
 * and then p is still the caller's to free). */

extern void die(const char *msg) __attribute__((noreturn));

static void *do_xmalloc(size_t size)
{
    void *ret = malloc(size);
    if (!ret && !size)
        ret = malloc(1);
    if (!ret)
        die("Out of memory");
    return ret;
}

void *xmalloc(size_t size) { return do_xmalloc(size); }

void *xrealloc(void *ptr, size_t size)
{
    void *ret;
    if (!size) {
        free(ptr);
        return xmalloc(0);
    }
    ret = realloc(ptr, size);
    if (!ret)
        die("Out of memory, realloc failed");
    return ret;
}

void *grow(void *p, long nr, long *alloc, size_t size)
{
    void *tmp = NULL;
    size_t n = 2 * *alloc + 16;
    if (nr > (long)n)
        n = nr;
    if (SIZE_MAX / size >= n)
        tmp = xrealloc(p, n * size);
    if (tmp) {
        *alloc = n;
    } else {
        free(p);
        *alloc = 0;
    }
    return tmp;
}

/* the same with an allocation instead of a reallocation */
char *copy_or_null(const char *s, size_t n, int want)
{
    char *buf = NULL;
    if (want)
        buf = xmalloc(n + 1);
    if (!buf)
        return NULL;
    for (size_t i = 0; i < n; i++)
        buf[i] = s[i];
    buf[n] = 0;
    return buf;
}
