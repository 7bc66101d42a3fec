#include <ownck.h>

/* missing-lifetime (E0106): several borrowed parameters and no LIFETIME on
 * the result: which argument does it borrow from? */
struct list;
struct node;

BORROW const char *longest(BORROW const char *a, BORROW const char *b);        // expect: missing-lifetime
BORROW_MUT struct node *find(BORROW_MUT struct list *l, BORROW const char *key);   // expect: missing-lifetime
BORROW const int *
middle(BORROW const int *a, BORROW const int *b, BORROW const int *c);         // expect: missing-lifetime
