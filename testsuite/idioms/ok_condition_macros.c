#include <stdlib.h>
#include <string.h>

/* Conditions written inside a macro's argument: branch hints (likely,
 * unlikely) and assertion-like wrappers (sqlite's ALWAYS, NEVER). The
 * operator is in the file between its operands, so the null test is one,
 * and the path where the allocation failed owes nothing. */

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define ALWAYS(X) (X)
#define NEVER(X) (X)

char *dup_or_null(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (unlikely(p == NULL))
        return NULL;
    strcpy(p, s);
    return p;
}

int filled(void)
{
    char *q = malloc(4);
    if (likely(q != NULL)) {
        q[0] = 0;
        free(q);
        return 0;
    }
    return -1;
}

int checked_twice(size_t n)
{
    char *a = malloc(n);
    if (NEVER(a == 0))
        return -1;
    char *b = malloc(n);
    if (ALWAYS(b != 0) && ALWAYS(a != 0)) {
        memcpy(b, a, n);
        free(b);
    }
    free(a);
    return 0;
}
