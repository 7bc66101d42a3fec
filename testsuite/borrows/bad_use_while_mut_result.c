#include <ownck.h>
#include <stdlib.h>

/* An exclusive borrow returned through LIFETIME keeps its argument
 * exclusively borrowed: reading the buffer while the returned pointer is
 * still used is use-while-mut-borrowed (rustc: borrowck-describe-lvalue,
 * `let x = f.x(); f.x; drop(x);`). */

struct counter { int hits; int misses; };

BORROW_MUT LIFETIME(c) int *slot(BORROW_MUT LIFETIME(c) struct counter *c, int which);

int read_while_slot_live(void)
{
    struct counter c = { 0, 0 };
    BORROW_MUT int *h = slot(&c, 0);
    int m = c.misses;               // expect: use-while-mut-borrowed
    *h += 1;
    return m;
}
