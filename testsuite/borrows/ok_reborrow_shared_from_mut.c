#include <ownck.h>

/* A shared reborrow of an exclusive borrow: reading through r while s is
 * live is fine (both are reads); writing through r after s's last use is
 * fine (rustc: `let s = &*r; let a = *s + *r; *r = a;`). */

void show(BORROW const int *p);

void shared_reborrow(BORROW_MUT int *r)
{
    BORROW const int *s = r;
    int a = *s + *r;                /* reads through both: fine */
    show(s);                        /* last use of s */
    *r = a;                         /* fine */
}
