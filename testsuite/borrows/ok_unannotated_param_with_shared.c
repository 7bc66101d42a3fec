#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Passing the owner to an unannotated (unchecked) parameter while it is only
 * borrowed shared is a read: fine. Only an exclusive borrow forbids it, and
 * only while that borrow is live. */

void legacy_print(const char *s);
void log_str(BORROW const char *s);

void legacy_while_shared(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    BORROW const char *r = p;
    legacy_print(p);
    log_str(r);
    BORROW_MUT char *w = p;
    w[0] = 'A';                     /* last use of w */
    legacy_print(p);                /* fine */
    free(p);
}
