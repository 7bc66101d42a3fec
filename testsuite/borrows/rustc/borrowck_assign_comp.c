#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-assign-comp.rs.
 * Adapted: Point is a C struct, `let q = &p;` / `&p.y` are BORROW variables,
 * the reads `q.x;` and `*q;` that stretch the loans are reads into locals
 * that are returned. Same verdict: E0506 (assign-while-borrowed) in a, c
 * and d. */

struct point { long x; long y; };

long a(void)
{
    struct point p = { 3, 4 };
    BORROW const struct point *q = &p;
    p.x = 5;                        // expect: assign-while-borrowed
    return q->x;
}

long c(void)
{
    struct point p = { 3, 4 };
    BORROW const long *q = &p.y;
    p = (struct point){ 5, 7 };     // expect: assign-while-borrowed
    long px = p.x;
    return px + *q;
}

long d(void)
{
    struct point p = { 3, 4 };
    BORROW const long *q = &p.y;
    p.y = 5;                        // expect: assign-while-borrowed
    return *q;
}
