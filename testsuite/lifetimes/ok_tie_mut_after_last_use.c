#include <ownck.h>
#include <stddef.h>

/* NLL at call sites: once the result's last use is behind, the argument may
 * be lent exclusively, assigned, or read freely. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
void list_push(BORROW_MUT struct list *l, const char *s);
void log_str(BORROW const char *s);

void first_then_push(void)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *first = list_first(&l);
    log_str(first);                     /* last use of first */
    list_push(&l, "b");
    l.len = 0;
}

struct table { int slots[16]; size_t len; };
BORROW_MUT int *table_slot(BORROW_MUT struct table *t, int key);
size_t table_len(BORROW const struct table *t);

size_t set_then_count(void)
{
    struct table t = { { 0 }, 0 };
    BORROW_MUT int *slot = table_slot(&t, 3);
    *slot = 7;                          /* last use of slot */
    t.len++;
    return table_len(&t);
}
