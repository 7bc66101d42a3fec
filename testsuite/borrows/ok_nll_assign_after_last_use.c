#include <ownck.h>

/* Assigning to a borrowed object after the borrow's last use is fine
 * (rustc: loan_ends_mid_block_pair's nll_ok). */

struct point { int x; int y; };

void show(BORROW const int *p);

int assign_int(void)
{
    int x = 1;
    BORROW const int *r = &x;
    show(r);                        /* last use of r */
    x = 2;                          /* fine */
    return x;
}

int assign_field_and_whole(void)
{
    struct point p = { 1, 2 };
    BORROW_MUT int *r = &p.x;
    *r = 5;                         /* last use of r */
    p.x = 6;                        /* fine */
    p = (struct point){ 7, 8 };     /* fine */
    return p.x + p.y;
}
