#include <ownck.h>

/* LIFETIME(static) needs no parameter to borrow from, so none of these is
 * missing-lifetime, whatever the number of borrowed parameters. */
struct item { int kind; char name[16]; };

BORROW LIFETIME(static) const char *default_name(void);
BORROW LIFETIME(static) const char *kind_name(BORROW const struct item *it)
{
    return it->kind ? "dir" : "file";
}
BORROW LIFETIME(static) const char *
common_kind(BORROW const struct item *a, BORROW const struct item *b)
{
    return a->kind == b->kind ? kind_name(a) : "mixed";
}
