#include <ownck.h>
#include <stddef.h>

/* return-local-ref through a call: the result of list_first borrows the local
 * list (elision), so returning it returns a borrow of a local. Rust: E0515,
 * "returns a value referencing data owned by the current function". */
struct list { const char *items[8]; size_t len; };

BORROW const char *list_first(BORROW const struct list *l);

const char *first_default(void)
{
    struct list l = { { "a", "b" }, 2 };
    return list_first(&l);              // expect: return-local-ref
}

const char *first_default_copy(void)
{
    struct list l = { { "c" }, 1 };
    const char *p = list_first(&l);
    return p;                           // expect: return-local-ref
}
