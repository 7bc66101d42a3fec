#include <stdlib.h>

/* ok_complement_bit_test.c's counterpart: with F of two bits, ~m & F and
 * m & F may both hold (m == 1, F == 3), so the block may be lost; and a
 * test of another bit says nothing of the first. */
char *f(int m)
{
    char *p = NULL;
    if (~m & 3)
        p = malloc(1);                  // expect-note: allocated here
    if (m & 3)
        return NULL;                    // expect: leak
    return p;
}

char *g(int m)
{
    char *p = NULL;
    if (~m & 1)
        p = malloc(1);                  // expect-note: allocated here
    if (m & 2)
        return NULL;                    // expect: leak
    return p;
}
