#include <stdlib.h>
#include <stdint.h>

/* An allocator that may return NULL (it only logs a failure) keeps the
 * NULL side: after `tmp = try_realloc(p, n)` the block p is released on
 * every path through the call, so freeing it on tmp's NULL side frees it
 * twice on that path. */

extern void log_oom(void);

void *try_realloc(void *ptr, size_t size)
{
    void *ret = realloc(ptr, size);
    if (!ret) {
        free(ptr);
        log_oom();
    }
    return ret;
}

void *grow(void *p, long nr, size_t size)
{
    void *tmp = NULL;
    if (nr > 0)
        tmp = try_realloc(p, (size_t)nr * size);   // expect-note: 'p' first released here by 'try_realloc'
    if (!tmp)
        free(p);                                   // expect: double-free
    return tmp;
}

/* never NULL, but a real double free on the path that did call it */
extern void die(const char *msg) __attribute__((noreturn));

void *xrealloc(void *ptr, size_t size)
{
    void *ret = realloc(ptr, size);
    if (!ret)
        die("out of memory");
    return ret;
}

void *grow_then_free(void *p, size_t n)
{
    void *tmp = xrealloc(p, n);                    // expect-note: 'p' first released here by 'xrealloc'
    if (tmp)
        free(p);                                   // expect: double-free
    return tmp;
}
