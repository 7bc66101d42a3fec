#include <ownck.h>
#include <stddef.h>

/* Assigning to the argument (or a part of it) while a result tied to it is
 * still used is assign-while-borrowed. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
void log_str(BORROW const char *s);

void reset_while_first_used(void)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *first = list_first(&l);
    l.len = 0;                          // expect: assign-while-borrowed
    log_str(first);                     // expect-note: used here
}
