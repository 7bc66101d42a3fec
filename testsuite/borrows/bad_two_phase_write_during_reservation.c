#include <ownck.h>
#include <stddef.h>

/* Between the reservation of a two-phase exclusive loan and its activation
 * only shared uses of the place are allowed (annotations.md 7.23): a write
 * to the place in a later argument conflicts with the reservation. */

struct vec { int *data; size_t len; size_t cap; };

void vec_push(BORROW_MUT struct vec *v, int x);

void write_in_argument(void)
{
    struct vec v = { 0 };
    vec_push(&v,
             (v.len = 0, 1));       // expect: assign-while-borrowed
}
