#include <ownck.h>
#include <stddef.h>

/* Several shared results tied to one list live together, and the list may be
 * read meanwhile: only exclusive access conflicts. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
BORROW const char *list_last(BORROW const struct list *l);
size_t list_len(BORROW const struct list *l);
void list_push(BORROW_MUT struct list *l, const char *s);
void log_pair(BORROW const char *a, BORROW const char *b);

size_t ends(void)
{
    struct list l = { { "a", "b" }, 2 };
    BORROW const char *first = list_first(&l);
    BORROW const char *last = list_last(&l);
    size_t n = list_len(&l) + l.len;
    log_pair(first, last);
    list_push(&l, "c");
    return n;
}
