#include <ownck.h>

/* Two exclusive borrows of different fields passed to one call: no
 * conflict (rustc: `swap(&mut s.a, &mut s.b)`), also while a third
 * borrow of one of the fields is held in a variable that is dead. */

struct pair { int a; int b; };

void swap_ints(BORROW_MUT int *x, BORROW_MUT int *y);
void copy_int(BORROW_MUT int *dst, BORROW const int *src);

void swap_fields(BORROW_MUT struct pair *p)
{
    swap_ints(&p->a, &p->b);
    copy_int(&p->b, &p->a);
}

int swap_local_fields(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    *pa = 3;                        /* last use of pa */
    swap_ints(&s.a, &s.b);          /* fine */
    copy_int(&s.a, &s.b);
    return s.a;
}
