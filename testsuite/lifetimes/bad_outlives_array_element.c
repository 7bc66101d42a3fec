#include <ownck.h>

/* borrow-outlives-owner: a pointer to an element of a block's array. */
int sum_window(int k)
{
    const int *p;
    {
        int window[3] = { k, k + 1, k + 2 };
        p = &window[1];                 // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    return p[-1] + p[0] + p[1];         // expect-note: used here
}
