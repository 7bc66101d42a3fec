#include <ownck.h>
#include <stddef.h>

/* Lifetime elision: with exactly one BORROW parameter the result borrows
 * from it. The list stays borrowed while `name` is used, and no longer. */

struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
void list_push(BORROW_MUT struct list *l, const char *s);
void log_str(BORROW const char *s);

void first_then_push(void)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *name = list_first(&l);
    log_str(name);                  /* last use of name */
    list_push(&l, "b");             /* fine */
}
