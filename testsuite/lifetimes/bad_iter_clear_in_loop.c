#include <ownck.h>
#include <stddef.h>

/* Clearing the list inside the loop that iterates over it: the iterator is
 * used again on the next iteration, so the list is still borrowed. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);
void list_clear(BORROW_MUT struct list *l);

void clear_on_negative(BORROW_MUT struct list *l)
{
    struct iter it = iter_new(l);
    int v;
    while (iter_next(&it, &v)) {
        if (v < 0)
            list_clear(l);              // expect: borrow-conflict
    }
}
