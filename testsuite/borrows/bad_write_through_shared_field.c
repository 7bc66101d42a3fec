#include <ownck.h>

/* write-through-shared: `r->f = v` through a BORROW parameter or variable
 * (rustc: a field assignment through `&T` is E0594). */

struct fancy { int num; int other; };

void set_num(BORROW struct fancy *r)
{
    r->num = 6;                     // expect: write-through-shared
}

int local_shared(void)
{
    struct fancy f = { 5, 0 };
    BORROW struct fancy *r = &f;
    r->other = 1;                   // expect: write-through-shared
    return f.num;
}
