#include <ownck.h>
#include <stddef.h>

/* A returned borrow keeps its argument borrowed (shared) while it is used:
 * lending the argument exclusively meanwhile is borrow-conflict. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
BORROW LIFETIME(l) const char *list_find(BORROW LIFETIME(l) const struct list *l,
                                         BORROW const char *prefix);
void list_push(BORROW_MUT struct list *l, const char *s);
void list_clear(BORROW_MUT struct list *l);
void log_str(BORROW const char *s);

void push_while_first_used(void)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *first = list_first(&l);
    list_push(&l, "b");                 // expect: borrow-conflict
    log_str(first);                     // expect-note: used here
}

void find_then_clear(BORROW_MUT struct list *l)
{
    BORROW const char *hit = list_find(l, "x");
    list_clear(l);                      // expect: borrow-conflict
    if (hit)
        log_str(hit);                   // expect-note: used here
}
