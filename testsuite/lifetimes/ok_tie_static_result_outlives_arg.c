#include <ownck.h>
#include <string.h>

/* A LIFETIME(static) result borrows none of the arguments: the argument may
 * be released, or lent exclusively, while the result is still used. */
struct item { int kind; char name[16]; };

OWNED struct item *item_load(BORROW const char *path);
void item_free(OWNED struct item *it);
void item_rename(BORROW_MUT struct item *it, BORROW const char *name);
BORROW LIFETIME(static) const char *kind_name(BORROW const struct item *it);
void log_str(BORROW const char *s);

void show_kind(BORROW const char *path)
{
    OWNED struct item *it = item_load(path);
    if (!it)
        return;
    BORROW const char *kind = kind_name(it);
    item_rename(it, "renamed");
    item_free(it);
    log_str(kind);
}

size_t kind_len(void)
{
    struct item local = { 1, "x" };
    BORROW const char *kind = kind_name(&local);
    local.kind = 0;
    return strlen(kind);
}
