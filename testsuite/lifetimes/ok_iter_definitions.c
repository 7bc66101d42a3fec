#include <ownck.h>
#include <stddef.h>

/* The iterator's own functions: iter_new returns a struct that borrows its
 * one borrowed parameter (elision), iter_next advances through the borrow. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l)
{
    struct iter it = { l, 0 };
    return it;
}

int iter_next(BORROW_MUT struct iter *it, int *out)
{
    if (it->pos >= it->list->len)
        return 0;
    *out = it->list->items[it->pos++];
    return 1;
}

int max_of(BORROW const struct list *l)
{
    struct iter it = iter_new(l);
    int v, best = 0;
    while (iter_next(&it, &v))
        if (v > best)
            best = v;
    return best;
}
