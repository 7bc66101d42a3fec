#include <ownck.h>
#include <stddef.h>

/* Two-phase borrows: between the reservation of an exclusive argument loan
 * and the start of the call only shared uses of the place are allowed, and
 * plain reads are shared uses: `vec_push(&v, v.len)` is fine, and so is
 * reading through a borrowed result before the call starts (rustc accepts
 * `v.push(*v.first().unwrap())`). */

struct vec { int *data; size_t len; size_t cap; };

void vec_push(BORROW_MUT struct vec *v, int x);
BORROW const int *vec_first(BORROW const struct vec *v);

void push_field_read(void)
{
    struct vec v = { 0 };
    vec_push(&v, (int)v.len);
}

void push_deref_of_shared_result(BORROW_MUT struct vec *v)
{
    vec_push(v, *vec_first(v));
}

void push_deref_of_shared_result_local(void)
{
    struct vec v = { 0 };
    vec_push(&v, *vec_first(&v));
}
