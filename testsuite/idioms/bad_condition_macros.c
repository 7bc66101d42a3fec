#include <stdlib.h>
#include <string.h>

/* The same condition macros as ok_condition_macros.c, with the leaks
 * the tests in them cannot excuse. */

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define NEVER(X) (X)

int second_fails(size_t n)
{
    char *a = malloc(n);
    if (unlikely(a == NULL))
        return -1;
    char *b = malloc(n);
    if (unlikely(b == NULL))
        return -1;                      // expect: leak
    free(b);
    free(a);
    return 0;
}

int kept_on_success(void)
{
    char *q = malloc(4);
    if (likely(q != NULL)) {
        q[0] = 0;
        return 0;                       // expect: leak
    }
    return -1;
}

int freed_then_read(void)
{
    char *p = malloc(4);
    if (NEVER(p == 0))
        return -1;
    free(p);
    return p[0];                        // expect: use-after-free
}
