#include <ownck.h>
#include <stddef.h>

/* Lifetime elision: a function returning a borrow with exactly one borrowed
 * parameter returns a borrow of that argument; the list stays borrowed while
 * `name` is used, so pushing meanwhile conflicts. */

struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);
BORROW_MUT int *list_counter(BORROW_MUT struct list *l);
void list_push(BORROW_MUT struct list *l, const char *s);
size_t list_len(BORROW const struct list *l);
void log_str(BORROW const char *s);

void first_then_push(void)
{
    struct list l = { { "a" }, 1 };
    BORROW const char *name = list_first(&l);
    list_push(&l, "b");             // expect: borrow-conflict
    log_str(name);
}

size_t counter_then_len(BORROW_MUT struct list *l)
{
    BORROW_MUT int *c = list_counter(l);
    size_t n = list_len(l);         // expect: borrow-conflict
    *c += 1;
    return n;
}
