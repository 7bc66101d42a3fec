#include <ownck.h>
#include <stddef.h>

/* borrow-outlives-owner: the borrow is kept in a field of an outer struct. */
struct holder { const int *p; };

int via_holder(int k)
{
    struct holder h = { NULL };
    {
        int x = k;
        h.p = &x;                       // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    return *h.p;                        // expect-note: used here
}
