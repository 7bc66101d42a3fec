#include <ownck.h>

/* use-while-mut-borrowed (E0503): reading a plain object while an exclusive
 * borrow of it is live (rustc: borrowck-use-mut-borrow's
 * var_copy_after_var_borrow). The primary location is the use. */

int read_while_borrowed(void)
{
    int x = 1;
    BORROW_MUT int *p = &x;         // expect-note: borrow of
    int y = x;                      // expect: use-while-mut-borrowed
    *p = 2;                         // expect-note: later used here
    return y;
}
