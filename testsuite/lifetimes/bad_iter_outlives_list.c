#include <ownck.h>
#include <stddef.h>

/* borrow-outlives-owner: the iterator outlives the block's list it borrows. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);

int count_later(void)
{
    struct iter it = { NULL, 0 };
    {
        struct list l = { { 1, 2 }, 2 };
        it = iter_new(&l);              // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    int v, n = 0;
    while (iter_next(&it, &v))          // expect-note: used here
        n += v;
    return n;
}

int count_field_later(void)
{
    struct iter it = { NULL, 0 };
    {
        struct list l = { { 3 }, 1 };
        it.list = &l;                   // expect: borrow-outlives-owner
    }
    int v, n = 0;
    while (iter_next(&it, &v))
        n += v;
    return n;
}
