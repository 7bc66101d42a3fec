#include <stdio.h>
#include <stdlib.h>

/* A function that returns realloc's result releases its first argument as
 * realloc does: only when it returns non-NULL (its summary says
 * "reallocates its first parameter"). On the NULL side the caller still
 * owns the old block and may free it (mosquitto's mosquitto__realloc,
 * called so in conf_includedir.c and handle_subscribe.c). A wrapper of
 * the wrapper is one too. */

void *xrealloc(void *ptr, size_t size)
{
    return realloc(ptr, size);
}

void *tracked_realloc(void *ptr, size_t size)
{
    void *mem = realloc(ptr, size);
    if (mem)
        fprintf(stderr, "resized to %zu\n", size);
    return mem;
}

void *outer_realloc(void *ptr, size_t size)
{
    return tracked_realloc(ptr, size);
}

char *grow(char *p, size_t n)
{
    char *q = xrealloc(p, n);
    if (!q) {
        free(p);
        return NULL;
    }
    return q;
}

int append(char **buf, size_t n)
{
    char *q = tracked_realloc(*buf, n);
    if (!q)
        return -1;
    *buf = q;
    return 0;
}

char *grow_twice(char *p, size_t n)
{
    char *q = outer_realloc(p, n);
    if (q == NULL) {
        free(p);
        return NULL;
    }
    q[0] = 'x';
    return q;
}
