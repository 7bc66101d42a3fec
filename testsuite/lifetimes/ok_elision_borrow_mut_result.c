#include <ownck.h>
#include <stddef.h>

/* An elided BORROW_MUT result, defined and used: the vector is lent
 * exclusively while the slot is used, and is free again afterwards. */
struct vec { int items[16]; size_t len; };

BORROW_MUT int *vec_at(BORROW_MUT struct vec *v, size_t i)
{
    return &v->items[i % 16];
}

size_t vec_len(BORROW const struct vec *v)
{
    return v->len;
}

size_t bump_then_len(void)
{
    struct vec v = { { 0 }, 3 };
    BORROW_MUT int *slot = vec_at(&v, 1);
    *slot += 1;                         /* last use of slot */
    return vec_len(&v);
}
