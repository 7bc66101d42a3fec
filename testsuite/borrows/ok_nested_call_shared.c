#include <ownck.h>

/* Nested calls that only share the place: any number of shared borrows may
 * overlap, including one whose result is passed on; a shared borrow held in
 * a variable ends at its last use, inside the nested call's arguments. */

struct pair { int a; int b; };

BORROW const int *pick_a(BORROW const struct pair *p);
int add(BORROW const int *x, BORROW const struct pair *p);

int nested_shared(void)
{
    struct pair s = { 1, 2 };
    BORROW const struct pair *r = &s;
    int n = add(pick_a(r), &s);     /* last use of r */
    s.a = n;                        /* fine */
    return s.a;
}
