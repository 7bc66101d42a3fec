#include <ownck.h>

/* Two different ownership annotations on one declaration, including one
 * that comes from a typedef. */
void send(OWNED BORROW char *msg);              // expect: annotation-misuse

typedef OWNED char *owned_str;

void show(BORROW owned_str s);                  // expect: annotation-misuse

struct node {
    BORROW_MUT OWNED struct node *next;         // expect: annotation-misuse
};

void f(void)
{
    OUT_OWNED BORROW char **pp = 0;             // expect: annotation-misuse
    (void)pp;
}
