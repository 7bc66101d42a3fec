#include <ownck.h>

/* mut-borrow-conflict: the same place passed to two BORROW_MUT parameters of
 * one call (rustc: `swap(&mut x, &mut x)`). Arguments are considered left to
 * right; the primary location is the later argument. */

void swap_ints(BORROW_MUT int *x, BORROW_MUT int *y);

int same_place_twice(void)
{
    int x = 1;
    swap_ints(&x,
              &x);                  // expect: mut-borrow-conflict
    return x;
}

void same_param_twice(BORROW_MUT int *p)
{
    swap_ints(p,
              p);                   // expect: mut-borrow-conflict
}
