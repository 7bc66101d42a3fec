#include <ownck.h>
#include <stddef.h>

/* Passing a BORROW_MUT to a BORROW_MUT or BORROW parameter reborrows it for
 * the call; it is not moved, so it can be passed again and used afterwards
 * (annotations.md 7.25; rustc reborrows `&mut` arguments implicitly). A
 * local reborrow of a field ends at its last use, after which c is passed
 * again although `n` is still in scope. */

struct counter { int n; };

void inc(BORROW_MUT struct counter *c);
int get(BORROW const struct counter *c);

int use_three_times(BORROW_MUT struct counter *c)
{
    inc(c);
    inc(c);
    BORROW_MUT int *n = &c->n;
    *n += 1;                        /* last use of n */
    inc(c);                         /* fine */
    return get(c);
}
