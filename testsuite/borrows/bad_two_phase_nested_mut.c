#include <ownck.h>
#include <stddef.h>

/* Two-phase borrows allow only shared uses between the reservation and the
 * activation of an exclusive argument loan: `vec_push(&v, vec_pop(&v))`
 * borrows v exclusively a second time while the first is reserved
 * (annotations.md 7.23; rustc: `v.push(v.pop().unwrap())` is E0499). */

struct vec { int *data; size_t len; size_t cap; };

void vec_push(BORROW_MUT struct vec *v, int x);
int vec_pop(BORROW_MUT struct vec *v);

void push_pop(void)
{
    struct vec v = { 0 };
    vec_push(&v,
             vec_pop(&v));          // expect: mut-borrow-conflict
}
