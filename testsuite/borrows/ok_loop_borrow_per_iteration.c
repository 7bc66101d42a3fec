#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A borrow created and last used inside one iteration does not reach the
 * next iteration, so the owner may be mutated later in the body. */

void log_str(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

void per_iteration(int n)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    for (int i = 0; i < n; i++) {
        BORROW const char *r = p;
        log_str(r);                 /* last use in this iteration */
        str_upper(p);               /* fine */
    }
    free(p);
}
