#include <ownck.h>
#include <stddef.h>

/* Struct borrowers (7.43): an iterator holds a borrow of its list in a
 * LIFETIME field, so the list stays borrowed until the iterator's last use.
 * Pushing meanwhile (which may reallocate in a real list) is borrow-conflict. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);
int iter_next(BORROW_MUT struct iter *it, int *out);
void list_push(BORROW_MUT struct list *l, int v);

int sum_and_grow(void)
{
    struct list l = { { 1, 2, 3 }, 3 };
    struct iter it = iter_new(&l);
    int v, sum = 0;
    while (iter_next(&it, &v)) {
        sum += v;
        if (v == 2)
            list_push(&l, 4);           // expect: borrow-conflict
    }
    return sum;
}

int grow_before_loop(void)
{
    struct list l = { { 1 }, 1 };
    struct iter it = { &l, 0 };
    list_push(&l, 2);                   // expect: borrow-conflict
    int v, n = 0;
    while (iter_next(&it, &v))          // expect-note: used here
        n += v;
    return n;
}
