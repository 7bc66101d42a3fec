#include <ownck.h>
#include <stddef.h>

/* borrow-outlives-owner through a call: the result borrows the block's list,
 * and is used after the block. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
void log_str(BORROW const char *s);

void print_first(void)
{
    BORROW const char *name = NULL;
    {
        struct list l = { { "a" }, 1 };
        name = list_first(&l);          // expect: borrow-outlives-owner
    }                                   // expect-note: goes out of scope
    if (name)
        log_str(name);                  // expect-note: used here
}
