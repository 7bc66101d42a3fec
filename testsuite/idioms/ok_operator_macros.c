#include <stdlib.h>
#include <string.h>

/* An operator passed to a macro as an argument (Lua's intop(+, a, b)),
 * an operator-like keyword in a macro body (__extension__ in Lua's
 * cast_func) and a macro whose name stands for another that takes the
 * arguments written after it (Lua's setobj2n): each is read, so the null
 * tests below are null tests and the paths where allocation failed owe
 * nothing. */

#define CMP(op, a, b) ((a) op (b))
#define AS_BYTES(p) (__extension__ (char *)(p))
#define BOTH_SET(a, b) ((a) != 0 && (b) != 0)
#define BOTH_SET_TOO BOTH_SET

char *copy_or_null(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (CMP(==, p, NULL))
        return NULL;
    strcpy(p, s);
    return p;
}

int fill(size_t n)
{
    char *q = AS_BYTES(malloc(n));
    if (!q)
        return -1;
    memset(q, 0, n);
    free(q);
    return 0;
}

int pair(size_t n)
{
    char *a = malloc(n), *b = malloc(n);
    if (BOTH_SET_TOO(a, b)) {
        memcpy(b, a, n);
        free(a);
        free(b);
        return 0;
    }
    free(a);
    free(b);
    return -1;
}
