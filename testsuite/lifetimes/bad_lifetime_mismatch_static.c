#include <ownck.h>

/* lifetime-mismatch: LIFETIME(static) promises a result that lives forever
 * (a string literal, a global); a parameter's borrow does not. Rust:
 * `fn intern(s: &str) -> &'static str { s }` is E0621. */
struct item { const char *kind; char name[32]; };

BORROW LIFETIME(static) const char *intern(BORROW const char *s)
{
    return s;                           // expect: lifetime-mismatch
}

BORROW LIFETIME(static) const char *item_name(BORROW const struct item *it)
{
    if (it->name[0] == '\0')
        return "unnamed";
    return it->name;                    // expect: lifetime-mismatch
}
