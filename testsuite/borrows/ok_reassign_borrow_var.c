#include <ownck.h>

/* Overwriting a borrow variable ends the loan it held (NLL kills the loans
 * of an overwritten local): after `r = &y;` x is no longer borrowed, even
 * though r is used again later. */

void bump(BORROW_MUT int *p);

int overwrite_kills_loan(void)
{
    int x = 0, y = 0;
    BORROW_MUT int *r = &x;
    *r = 1;
    r = &y;                         /* the loan of x ends here */
    x = 5;                          /* fine */
    bump(&x);                       /* fine */
    *r = 2;
    return x + y;
}
