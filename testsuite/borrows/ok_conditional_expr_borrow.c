#include <ownck.h>

/* ?: and short-circuit operators: a borrow chosen by ?: holds one of two
 * loans; after its last use both objects are free again. A borrow used
 * only on the right of && is dead when the left side is false. */

void bump(BORROW_MUT int *p);
int positive(BORROW const int *p);

int ternary(int c)
{
    int a = 1, b = 2;
    BORROW_MUT int *r = c ? &a : &b;
    bump(r);                        /* last use of r */
    a = 10;
    b = 20;
    return a + b;
}

int short_circuit(int c)
{
    int a = 1;
    BORROW const int *r = &a;
    if (c && positive(r))           /* r's last use */
        a = 0;
    a += 1;
    return a;
}
