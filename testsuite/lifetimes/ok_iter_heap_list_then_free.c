#include <ownck.h>
#include <stddef.h>

/* Iterating over an owned list, then releasing it after the loop. */
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
    while (iter_next(&it, &v))
        sum += v;
    list_free(l);
    return sum;
}
