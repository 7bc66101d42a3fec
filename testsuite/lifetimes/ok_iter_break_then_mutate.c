#include <ownck.h>
#include <stddef.h>

/* After a break the iterator is dead, so the list may be changed; the same
 * when the loop returns early. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);
void list_push(BORROW_MUT struct list *l, int v);
void list_clear(BORROW_MUT struct list *l);

void add_if_absent(BORROW_MUT struct list *l, int x)
{
    struct iter it = iter_new(l);
    int v, found = 0;
    while (iter_next(&it, &v)) {
        if (v == x) {
            found = 1;
            break;
        }
    }
    if (!found)
        list_push(l, x);
}

int clear_if_negative(BORROW_MUT struct list *l)
{
    struct iter it = iter_new(l);
    int v;
    while (iter_next(&it, &v)) {
        if (v < 0) {
            list_clear(l);
            return 1;
        }
    }
    return 0;
}
