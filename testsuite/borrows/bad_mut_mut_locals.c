#include <ownck.h>
#include <stdlib.h>

/* mut-borrow-conflict (E0499): a second exclusive borrow while the first is
 * still live (used later). The primary location is the second borrow. */

void bump(BORROW_MUT int *p);

int two_exclusive_of_int(void)
{
    int x = 0;
    BORROW_MUT int *a = &x;         // expect-note: borrow of
    BORROW_MUT int *b = &x;         // expect: mut-borrow-conflict
    *b = 1;
    *a = 2;                         // expect-note: later used here
    return x;
}

void two_exclusive_of_heap(void)
{
    OWNED int *p = malloc(sizeof *p);
    if (!p)
        return;
    BORROW_MUT int *a = p;
    BORROW_MUT int *b = p;          // expect: mut-borrow-conflict
    bump(b);
    bump(a);
    free(p);
}
