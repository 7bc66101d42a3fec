#include <ownck.h>

/* Field sensitivity for plain reads and writes through a pointer: while
 * p->a is exclusively borrowed, p->b may be read and written (rustc accepts
 * `let pa = &mut p.a; let v = p.b; p.b = 3; *pa = v;` for p: &mut Pair). */

struct pair { int a; int b; };

int other_field(BORROW_MUT struct pair *p)
{
    BORROW_MUT int *pa = &p->a;
    int v = p->b;                   /* p->b is not borrowed */
    p->b = 3;
    *pa = v;
    return p->a;
}
