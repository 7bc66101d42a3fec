#include <ownck.h>

/* assign-while-borrowed on structs (rustc: borrowck-assign-comp): a field
 * assigned while the whole struct is borrowed, the whole struct assigned
 * while a field is borrowed, and a field assigned while that field is
 * borrowed. */

struct point { int x; int y; };

int get(BORROW const int *p);
int sum(BORROW const struct point *p);

int field_while_whole(void)
{
    struct point p = { 3, 4 };
    BORROW const struct point *q = &p;
    p.x = 5;                        // expect: assign-while-borrowed
    return sum(q);
}

int whole_while_field(void)
{
    struct point p = { 3, 4 };
    BORROW const int *q = &p.y;
    p = (struct point){ 5, 7 };     // expect: assign-while-borrowed
    return get(q);
}

int field_while_field(void)
{
    struct point p = { 3, 4 };
    BORROW const int *q = &p.y;
    p.y = 5;                        // expect: assign-while-borrowed
    return get(q);
}
