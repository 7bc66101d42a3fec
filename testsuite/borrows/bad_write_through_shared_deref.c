#include <ownck.h>

/* write-through-shared (E0594): writing through a BORROW with `*r = v`,
 * `*r += v` or `++*r`. The primary location is the write. */

void set(BORROW int *r)
{
    *r = 1;                         // expect: write-through-shared
}

void add(BORROW int *r, int v)
{
    *r += v;                        // expect: write-through-shared
}

void incr(BORROW int *r)
{
    ++*r;                           // expect: write-through-shared
}
