#include <stdlib.h>
#include <string.h>

/* The same operator macros as ok_operator_macros.c, with the bugs the
 * tests in them cannot excuse. */

#define CMP(op, a, b) ((a) op (b))
#define AS_BYTES(p) (__extension__ (char *)(p))
#define BOTH_SET(a, b) ((a) != 0 && (b) != 0)
#define BOTH_SET_TOO BOTH_SET

char *copy_or_null(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (CMP(!=, p, NULL))
        return NULL;                    // expect: leak
    return p;
}

int fill(size_t n)
{
    char *q = AS_BYTES(malloc(n));
    if (!q)
        return -1;
    free(q);
    memset(q, 0, n);                    // expect: use-after-free
    return 0;
}

int pair(size_t n)
{
    char *a = malloc(n), *b = malloc(n);
    if (BOTH_SET_TOO(a, b)) {
        free(a);
        free(b);
        return 0;
    }
    free(a);
    return -1;                          // expect: leak
}
