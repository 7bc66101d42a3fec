#include <stdint.h>
#include <stdlib.h>

/* A pointer moved within its block, by arithmetic or by an integer round
 * trip, and then freed as if it were the block's start. */

void rounded_then_freed(size_t n)
{
    char *p = malloc(n + 64);
    if (!p)
        return;
    p = (char *)(((uintptr_t)p + 63) & ~(uintptr_t)63);   // expect-note: advanced here
    p[0] = 0;
    free(p);                                              // expect: free-offset
}

void stepped_then_freed(void)
{
    char *p = malloc(100);
    if (!p)
        return;
    p = p + 16;                                           // expect-note: advanced here
    free(p);                                              // expect: free-offset
}
