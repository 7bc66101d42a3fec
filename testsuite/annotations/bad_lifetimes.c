#include <ownck.h>

/* LIFETIME needs a borrow beside it; a lifetime named on a function must be
 * named by a parameter (E0261); lifetimes do not go on local variables. */
void keep(LIFETIME(a) const char *s);                                   // expect: annotation-misuse

OWNED LIFETIME(a) char *dup(BORROW LIFETIME(a) const char *s);          // expect: annotation-misuse

BORROW LIFETIME(b) const char *first(BORROW LIFETIME(a) const char *s); // expect: annotation-misuse

BORROW LIFETIME(x) const char *none(void);                              // expect: annotation-misuse

int count(BORROW const char *s)
{
    BORROW LIFETIME(a) const char *r = s;                               // expect: annotation-misuse
    return r != 0;
}
