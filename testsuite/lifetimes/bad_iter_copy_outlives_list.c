#include <ownck.h>
#include <stddef.h>

/* borrow-outlives-owner: a copy of an iterator over a block's list is used
 * after the block: the copy carries the borrow of the dead list. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);

int sum_later(void)
{
    struct iter again = { NULL, 0 };
    int v, n = 0;
    {
        struct list l = { { 1, 2, 3 }, 3 };
        struct iter first = iter_new(&l);   // expect: borrow-outlives-owner
        again = first;
    }                                       // expect-note: 'l' goes out of scope here
    while (iter_next(&again, &v))           // expect-note: 'again' is used here
        n += v;
    return n;
}
