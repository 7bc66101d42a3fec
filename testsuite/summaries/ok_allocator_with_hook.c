#include <stdlib.h>
#include <string.h>

/* The allocator with a hook and its deallocator, used correctly; and what
 * a hook alone does not make: a function that only hands its argument to a
 * callback keeps it (nothing frees it there), and one whose only non-NULL
 * result is a callback's allocates nothing. */

static void *(*malloc_hook)(size_t);
static void (*free_hook)(void *);
static void (*notify_hook)(void *);
static void *(*lookup_hook)(const char *);

void *mm_malloc(size_t n)
{
    if (malloc_hook)
        return malloc_hook(n);
    return malloc(n);
}

void mm_free(void *p)
{
    if (free_hook)
        free_hook(p);
    else
        free(p);
}

char *mm_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = mm_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int round_trip(const char *s)
{
    char *d = mm_strdup(s);
    if (!d)
        return -1;
    int c = d[0];
    mm_free(d);
    return c;
}

void notify(void *p)
{
    if (notify_hook)
        notify_hook(p);
}

void notify_then_free(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    notify(p);
    free(p);
}

void *lookup(const char *key)
{
    if (lookup_hook)
        return lookup_hook(key);
    return NULL;
}

int peek(const char *key)
{
    char *v = lookup(key);
    return v ? v[0] : 0;
}

/* A realloc wrapper with a hook: the hook would be a realloc too, which
 * releases its argument only where it gives back non-NULL; the wrapper
 * keeps its argument as before, and the old block freed on failure is no
 * double free. */
static void *(*realloc_hook)(void *, size_t);

void *mm_realloc(void *p, size_t n)
{
    if (realloc_hook)
        return realloc_hook(p, n);
    return realloc(p, n);
}

int grow_or_free(void)
{
    char *b = mm_malloc(4);
    if (!b)
        return -1;
    char *nb = mm_realloc(b, 64);
    if (!nb) {
        mm_free(b);
        return -1;
    }
    b = nb;
    mm_free(b);
    return 0;
}
