#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Conditional borrows merge: after the if, r may hold a loan of *p (on the
 * path where c was true), so an exclusive borrow of p while r is still used
 * later is a borrow-conflict. */

size_t str_len(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

size_t maybe_borrowed(int c)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return 0;
    BORROW const char *r = "default";
    if (c)
        r = p;
    str_upper(p);                   // expect: borrow-conflict
    size_t n = str_len(r);
    free(p);
    return n;
}
