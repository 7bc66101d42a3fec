#include <ownck.h>
#include <stddef.h>

/* The iterator pattern (7.43): the list stays borrowed until the loop's last
 * use of `it`, and not beyond, so pushing after the loop is fine. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);
void list_push(BORROW_MUT struct list *l, int v);

int sum_then_append(void)
{
    struct list l = { { 1, 2, 3 }, 3 };
    struct iter it = iter_new(&l);
    int v, sum = 0;
    while (iter_next(&it, &v))
        sum += v;
    list_push(&l, sum);
    return sum;
}

int count_then_append(void)
{
    struct list l = { { 4, 5 }, 2 };
    struct iter it = { &l, 0 };
    int v, n = 0;
    while (iter_next(&it, &v))
        n++;
    list_push(&l, n);
    l.len = 0;
    return n;
}
