#include <ownck.h>
#include <stddef.h>

/* Two iterators over one list at once: both hold shared borrows, which
 * coexist, and the list may still be read meanwhile. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);
size_t list_len(BORROW const struct list *l);

int count_pairs(BORROW const struct list *l)
{
    int pairs = 0;
    struct iter outer = iter_new(l);
    int a;
    while (iter_next(&outer, &a)) {
        struct iter inner = iter_new(l);
        int b;
        while (iter_next(&inner, &b))
            if (a < b && list_len(l) > 1)
                pairs++;
    }
    return pairs;
}
