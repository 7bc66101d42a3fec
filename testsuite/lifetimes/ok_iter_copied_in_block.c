#include <ownck.h>
#include <stddef.h>

/* An iterator over a block's list, copied into a second iterator (a struct
 * copy carries the borrow along): both are used up inside the block, so
 * nothing outlives the list. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);

int sum_twice(void)
{
    int n = 0;
    {
        struct list l = { { 1, 2, 3 }, 3 };
        struct iter first = iter_new(&l);
        struct iter again = first;          /* a copy borrows l too */
        int v;
        while (iter_next(&first, &v))
            n += v;
        while (iter_next(&again, &v))
            n += v;
    }
    return n;
}
