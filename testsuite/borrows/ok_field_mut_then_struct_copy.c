#include <ownck.h>

/* After the last use of an exclusive borrow of one field the whole struct
 * may be copied and passed on (rustc: `let pa = &mut s.a; *pa = 1;
 * let c = s;`). */

struct pair { int a; int b; };

int sum(BORROW const struct pair *p);

int field_then_copy(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    *pa = 10;                       /* last use of pa */
    struct pair c = s;              /* fine */
    return sum(&c) + sum(&s);
}
