#include <ownck.h>
#include <stddef.h>

/* Releasing the list while an iterator over it is still used is
 * move-while-borrowed: the iterator would read freed memory. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

OWNED struct list *list_load(BORROW const char *path);
void list_free(OWNED struct list *l);
struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);

int total(BORROW const char *path)
{
    OWNED struct list *l = list_load(path);
    if (!l)
        return -1;
    struct iter it = iter_new(l);
    int v, sum = 0;
    list_free(l);                       // expect: move-while-borrowed
    while (iter_next(&it, &v))          // expect-note: used here
        sum += v;
    return sum;
}
