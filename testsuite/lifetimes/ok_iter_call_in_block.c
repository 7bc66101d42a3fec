#include <ownck.h>
#include <stddef.h>

/* An iterator returned by a call over a block's own list, used up inside
 * the block, and one re-pointed at a longer-lived list before the block
 * ends: nothing outlives what it borrows. Returning an iterator over a
 * parameter is fine too. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);

int sum_in_block(void)
{
    int n = 0;
    {
        struct list l = { { 1, 2 }, 2 };
        struct iter it = iter_new(&l);
        int v;
        while (iter_next(&it, &v))
            n += v;
    }
    return n;
}

int sum_then_outer(BORROW const struct list *outer)
{
    struct iter it = iter_new(outer);
    int v, n = 0;
    {
        struct list l = { { 3 }, 1 };
        it = iter_new(&l);
        while (iter_next(&it, &v))
            n += v;
        it = iter_new(outer);           /* re-pointed before l ends */
    }
    while (iter_next(&it, &v))
        n += v;
    return n;
}

struct iter over(BORROW const struct list *l)
{
    return iter_new(l);
}
