#include <stdlib.h>
#include <string.h>

/* bad_allocation_hooks.c's calls, used correctly; and what the model does
 * not name: a hook it does not declare is an unknown function (what it is
 * given escapes), and a local function pointer is never a model's. */

typedef void *(*malloc_hook)(size_t);
typedef void *(*realloc_hook)(void *, size_t);
typedef void (*free_hook)(void *);
extern malloc_hook hook_malloc;
extern realloc_hook hook_realloc;       /* not in the model */
extern free_hook hook_free;

char *make(size_t n)
{
    char *p = hook_malloc(n + 1);
    if (!p)
        return NULL;
    memset(p, 0, n + 1);
    return p;
}

void make_and_release(void)
{
    char *p = make(4);
    if (!p)
        return;
    p[0] = 'x';
    hook_free(p);
}

char *grow(char *p, size_t n)
{
    char *q = hook_realloc(p, n);       /* unknown: p escapes, nothing is claimed */
    if (!q)
        hook_free(p);
    return q;
}

void local_pointer(void)
{
    malloc_hook hook_malloc_local = malloc;
    void *(*hook_malloc)(size_t) = hook_malloc_local;   /* a local: not the model's */
    char *p = hook_malloc(8);
    (void)p;
}
