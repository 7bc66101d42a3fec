/* git 2.39.5 xdiff/xutils.c:447 (xdl_alloc_grow_helper; xdl_realloc = xrealloc)
 * ownck prints today:
 *   git_8.c:50:9: warning: double free of 'p' [double-free]
 *   git_8.c:46:15: note: 'p' first released here by 'xrealloc'
 * False: git's xrealloc() never returns NULL: realloc failure calls die()
 * (noreturn), and size 0 returns xmalloc(0), which also dies rather than
 * return NULL. So in grow() `tmp` is NULL only when xrealloc was not called
 * (the SIZE_MAX guard failed), and then p is still owned: free(p) is right.
 * ownck's inferred summary ("releases ptr, returns owned memory") lacks
 * "never NULL", so it follows xrealloc() -> NULL -> free(p). With plain
 * realloc() the code would also be correct (realloc failure keeps p). */
#include <stdlib.h>
#include <stdint.h>
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

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_8.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
