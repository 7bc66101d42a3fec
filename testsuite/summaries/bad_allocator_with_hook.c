#include <stdlib.h>

/* An allocator and a deallocator a program may replace through function
 * pointers (libevent's event_mm_malloc_ and event_mm_free_): what the hook
 * gives stands in for malloc's, and a parameter handed to the free hook,
 * which another path frees, is released there too. Before, the allocator
 * was none (its hook's result was "something else") and the deallocator
 * "kept" its argument: nothing allocated through them was followed. */

static void *(*malloc_hook)(size_t);
static void (*free_hook)(void *);

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

void never_freed(void)
{
    char *p = mm_malloc(16);    // expect-note: 'p' allocated here by 'mm_malloc'
    if (p)
        p[0] = 0;
}                               // expect: leak

void freed_twice(void)
{
    char *p = mm_malloc(16);
    if (!p)
        return;
    mm_free(p);                 // expect-note: first released here
    mm_free(p);                 // expect: double-free
}

int used_after_free(void)
{
    char *p = mm_malloc(16);
    if (!p)
        return -1;
    p[0] = 1;
    mm_free(p);                 // expect-note: released here
    return p[0];                // expect: use-after-free
}
