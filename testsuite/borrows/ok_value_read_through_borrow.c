#include <ownck.h>

/* A value copied out through a borrow (`int n = *r;`) is a plain int: it
 * does not hold the loan, so the loan ends at that read and the borrowed
 * object may be assigned from n (rustc: `let n = *r; x = n;` is fine). */

struct pair { int a; int b; };

int sum(BORROW const struct pair *p);

int copy_out_then_assign(void)
{
    int x = 1;
    BORROW const int *r = &x;
    int n = *r;                     /* last use of r */
    x = n;                          /* fine */
    return x;
}

int copy_out_then_assign_struct(void)
{
    struct pair s = { 1, 2 };
    BORROW const int *pb = &s.b;
    int n = *pb;                    /* last use of pb */
    s = (struct pair){ n, n };      /* fine */
    return sum(&s);
}

int copy_out_of_mut_then_read(void)
{
    int x = 1;
    BORROW_MUT int *r = &x;
    *r = 5;
    int n = *r;                     /* last use of r */
    x = n * 2;                      /* fine */
    return x;
}
