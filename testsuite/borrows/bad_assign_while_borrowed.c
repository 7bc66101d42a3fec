#include <ownck.h>

/* assign-while-borrowed (E0506): assigning a plain object while a borrow of
 * it is live. The primary location is the assigned place. */

void show(BORROW const int *p);
void bump(BORROW_MUT int *p);

void assign_while_shared(void)
{
    int x = 1;
    BORROW const int *r = &x;       // expect-note: borrow of
    x = 2;                          // expect: assign-while-borrowed
    show(r);                        // expect-note: later used here
}

void assign_while_exclusive(void)
{
    int x = 1;
    BORROW_MUT int *w = &x;
    x = 2;                          // expect: assign-while-borrowed
    bump(w);
}
