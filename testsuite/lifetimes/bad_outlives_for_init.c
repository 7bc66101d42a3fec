#include <ownck.h>
#include <stddef.h>

/* borrow-outlives-owner: a variable declared in a for's first clause ends with
 * the for statement. */
int last_index(int n)
{
    const int *p = NULL;
    for (int i = 0; i < n; i++)
        p = &i;                         // expect: borrow-outlives-owner
    return p ? *p : -1;                 // expect-note: used here
}
