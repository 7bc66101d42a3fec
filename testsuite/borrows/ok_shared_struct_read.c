#include <ownck.h>

/* While a struct is borrowed shared, its fields may still be read and
 * borrowed shared; once the shared borrow r has been used for the last time
 * the struct may be written although r is still in scope. */

struct pair { int a; int b; };

int sum(BORROW const struct pair *p);
int first(BORROW const int *p);

int read_while_shared(void)
{
    struct pair s = { 1, 2 };
    BORROW const struct pair *r = &s;
    int a = s.a;
    int b = first(&s.b);
    int c = sum(&s);
    int d = sum(r);                 /* last use of r */
    s.a = 0;                        /* fine */
    s.b = a + b + c + d;
    return sum(&s);
}
