#include <ownck.h>
#include <stddef.h>

/* Fetched again after each push, the result never lives across one. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
void list_push(BORROW_MUT struct list *l, const char *s);
void log_str(BORROW const char *s);

void push_and_log(int n)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *cur = NULL;
    for (int i = 0; i < n; i++) {
        list_push(&l, "x");
        cur = list_first(&l);
        log_str(cur);
    }
}
