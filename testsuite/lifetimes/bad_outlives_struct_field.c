#include <ownck.h>
#include <stddef.h>

/* borrow-outlives-owner: a pointer to a field of a block's struct. */
struct point { int x, y; };

int y_later(int k)
{
    int *py = NULL;
    {
        struct point pt = { k, -k };
        py = &pt.y;                     // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    return *py;                         // expect-note: used here
}
