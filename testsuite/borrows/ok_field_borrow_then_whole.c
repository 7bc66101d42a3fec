#include <ownck.h>

/* A field borrow that has ended does not block a borrow of the whole
 * struct, nor a write to it. */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);
void reset(BORROW_MUT struct pair *p);
int sum(BORROW const struct pair *p);
int first(BORROW const int *p);

int field_then_whole(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    bump(pa);                       /* last use of pa */
    reset(&s);                      /* fine */
    BORROW const int *pb = &s.b;
    bump(&s.a);                     /* s.a is not s.b */
    int n = sum(&s) + first(pb);    /* last use of pb */
    s = (struct pair){ 3, 4 };      /* fine */
    return sum(&s) + n;
}
