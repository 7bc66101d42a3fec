#include <ownck.h>
#include <stddef.h>

/* write-through-shared: `r[i] = v` through a BORROW. Moving the pointer
 * itself (r++) is not a write through it (annotations.md 7.24). */

void clear(BORROW char *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        r[i] = 0;                   // expect: write-through-shared
}

size_t count(BORROW const char *r)
{
    size_t n = 0;
    while (*r) {
        r++;                        /* fine: moves the borrow, no write */
        n++;
    }
    return n;
}
