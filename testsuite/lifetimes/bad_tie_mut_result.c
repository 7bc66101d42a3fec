#include <ownck.h>
#include <stddef.h>

/* A BORROW_MUT result tied to its argument lends the argument exclusively
 * for as long as the result is used: no other borrow, no read of it. */
struct table { int slots[16]; size_t len; };

BORROW_MUT int *table_slot(BORROW_MUT struct table *t, int key);
size_t table_len(BORROW const struct table *t);

void bump_by_len(void)
{
    struct table t = { { 0 }, 0 };
    BORROW_MUT int *slot = table_slot(&t, 3);
    size_t n = table_len(&t);           // expect: borrow-conflict
    *slot += (int)n;                    // expect-note: used here
}

int read_while_slot_used(void)
{
    struct table t = { { 0 }, 0 };
    BORROW_MUT int *slot = table_slot(&t, 1);
    int total = (int)t.len;             // expect: use-while-mut-borrowed
    *slot = total;                      // expect-note: used here
    return t.slots[1];
}
