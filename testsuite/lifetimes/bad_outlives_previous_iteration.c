#include <ownck.h>
#include <stdio.h>

/* borrow-outlives-owner: `cur` ends at the end of each iteration, and the next
 * iteration reads it through prev (the use comes first in the text, but after
 * the borrow on the loop's back edge). */
void print_deltas(const int *v, int n)
{
    const int *prev = NULL;
    for (int i = 0; i < n; i++) {
        int cur = v[i];
        if (prev)
            printf("%d\n", cur - *prev);    // expect-note: used here
        prev = &cur;                        // expect: borrow-outlives-owner
    }                                       // expect-note: goes out of scope
}
