#include <ownck.h>
#include <stddef.h>

/* return-local-ref: returning an iterator over a local list returns a struct
 * whose pointer field borrows a local. */
struct list { int items[8]; size_t len; };
struct iter { BORROW LIFETIME(a) const struct list *list; size_t pos; };

struct iter iter_new(BORROW const struct list *l);

struct iter defaults(void)
{
    struct list l = { { 1, 2, 3 }, 3 };
    return iter_new(&l);                // expect: return-local-ref
}

struct iter defaults_literal(void)
{
    struct list l = { { 1 }, 1 };
    struct iter it = { &l, 0 };
    return it;                          // expect: return-local-ref
}
