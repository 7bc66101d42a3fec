#include <ownck.h>
#include <stdio.h>

/* borrow-outlives-owner (E0597): x lives only inside the if's block; p still
 * points to it after the block. */
void show(int c)
{
    int *p = NULL;
    if (c) {
        int x = c * 2;
        p = &x;                         // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    if (p)
        printf("%d\n", *p);             // expect-note: used here
}
