#include <ownck.h>
#include <stddef.h>

/* Elision (7.27): exactly one BORROW/BORROW_MUT parameter, so the result
 * borrows from it. Integers, unannotated pointers and OWNED parameters do not
 * count, so none of these needs a LIFETIME. */
struct list;
struct node;
struct config;

BORROW const char *nth_name(BORROW const struct list *l, size_t n);
BORROW_MUT struct node *head(BORROW_MUT struct list *l);
BORROW const char *lookup(BORROW const struct config *c, const char *key);
BORROW const char *label(BORROW const struct list *l, OWNED char *scratch);
BORROW const char *
basename_in(BORROW const char *path);
