#include <ownck.h>
#include <stddef.h>

/* Two-phase borrows do not allow a shared loan that is still live when the
 * call starts: the second argument borrows v shared for the whole call while
 * the first borrows it exclusively (rustc: `v.extend_from_slice(&v)` is
 * E0502). */

struct vec { int *data; size_t len; size_t cap; };

void vec_extend(BORROW_MUT struct vec *dst, BORROW const struct vec *src);

void extend_with_itself(void)
{
    struct vec v = { 0 };
    vec_extend(&v,
               &v);                 // expect: borrow-conflict
}
