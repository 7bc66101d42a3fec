#include <stdlib.h>
#include <string.h>

/* Allocation through global function pointers (curl's lib/ calls malloc as
 * Curl_cmalloc, a variable its users may point elsewhere): with a model that
 * declares each pointer as the function it stands for, a call through it is
 * a call of that function, with the same findings as malloc and free. */

typedef void *(*malloc_hook)(size_t);
typedef char *(*strdup_hook)(const char *);
typedef void (*free_hook)(void *);
extern malloc_hook hook_malloc;
extern strdup_hook hook_strdup;
static free_hook hook_free = free;      /* a file's own hook, named by the model too */

int forget(void)
{
    char *p = hook_malloc(8);           // expect-note: allocated here by 'hook_malloc'
    if (!p)
        return -1;
    p[0] = 0;
    return 0;                           // expect: leak
}

void release_twice(const char *s)
{
    char *copy = hook_strdup(s);
    hook_free(copy);
    hook_free(copy);                    // expect: double-free
}

size_t use_after_release(const char *s)
{
    char *copy = hook_strdup(s);
    if (!copy)
        return 0;
    hook_free(copy);
    return strlen(copy);                // expect: use-after-free
}

void wrong_release(void)
{
    char *p = hook_malloc(8);
    free(p);                            // expect: mismatched-release
}
