#include <ownck.h>

/* All elements of one array are one place (as in Rust, where `&mut a[0]`
 * and `&mut a[1]` conflict): two live exclusive borrows of different
 * elements are a mut-borrow-conflict. */

void bump(BORROW_MUT int *p);
void swap_ints(BORROW_MUT int *x, BORROW_MUT int *y);

int two_elements(void)
{
    int arr[4] = { 0 };
    BORROW_MUT int *e0 = &arr[0];
    BORROW_MUT int *e1 = &arr[1];   // expect: mut-borrow-conflict
    bump(e1);
    bump(e0);
    return arr[2];
}

int swap_elements(void)
{
    int arr[4] = { 0 };
    swap_ints(&arr[0],
              &arr[3]);             // expect: mut-borrow-conflict
    return arr[0];
}
