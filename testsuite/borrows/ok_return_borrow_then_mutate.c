#include <ownck.h>

/* A function returning a borrow derived from its (single) borrowed
 * parameter: in the caller the argument stays borrowed while the result is
 * used, and is free again after that. */

struct pair { int a; int b; };

BORROW_MUT int *larger(BORROW_MUT struct pair *p)
{
    if (p->a > p->b)
        return &p->a;
    return &p->b;
}

int use_larger(void)
{
    struct pair s = { 3, 4 };
    BORROW_MUT int *m = larger(&s);
    *m = 0;                         /* last use of m */
    s.a = 1;                        /* fine */
    s = (struct pair){ 5, 6 };      /* fine */
    return s.b;
}
