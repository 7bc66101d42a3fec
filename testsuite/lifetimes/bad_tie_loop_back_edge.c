#include <ownck.h>
#include <stddef.h>

/* The result kept from the previous iteration is used after this iteration's
 * push: the loan from list_first is live around the back edge. */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
void list_push(BORROW_MUT struct list *l, const char *s);
void log_str(BORROW const char *s);

void push_and_log(int n)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *prev = NULL;
    for (int i = 0; i < n; i++) {
        list_push(&l, "x");             // expect: borrow-conflict
        if (prev)
            log_str(prev);
        prev = list_first(&l);
    }
}
