#include <ownck.h>
#include <stddef.h>

/* Two-phase borrows: the exclusive loan of the first argument is reserved
 * when it is evaluated and activated only when the call starts, so the
 * shared borrow in the second argument (which ends before the call) is
 * fine: rustc's `v.push(v.len())`. */

struct vec { int *data; size_t len; size_t cap; };

size_t vec_len(BORROW const struct vec *v);
void vec_push(BORROW_MUT struct vec *v, size_t x);

void push_len(BORROW_MUT struct vec *v)
{
    vec_push(v, vec_len(v));
}

size_t push_len_local(void)
{
    struct vec v = { 0 };
    vec_push(&v, vec_len(&v));
    vec_push(&v, vec_len(&v) + vec_len(&v));
    return vec_len(&v);
}
