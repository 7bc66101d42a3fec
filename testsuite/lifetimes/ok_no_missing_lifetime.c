#include <ownck.h>

/* None of these needs a lifetime: the result is not a borrow (unannotated or
 * OWNED), it is tied by name, or elision applies (one borrowed parameter). */
struct list;
struct node;

const char *pick(BORROW const char *a, BORROW const char *b);
OWNED char *join(BORROW const char *a, BORROW const char *b);
BORROW LIFETIME(a) const char *
choose(BORROW LIFETIME(a) const char *a, BORROW const char *b, int c);
BORROW LIFETIME(l) struct node *
find_node(BORROW LIFETIME(l) const struct list *l, BORROW const char *key);
BORROW const char *name_of(BORROW const struct node *n, int width);
int compare(BORROW const char *a, BORROW const char *b);
