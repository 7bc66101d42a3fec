#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Each iteration allocates, borrows, and releases: the borrow held in a
 * variable declared outside the loop is dead at each release because it is
 * overwritten before any later use. */

size_t str_len(BORROW const char *s);
int more(void);

size_t churn(void)
{
    size_t total = 0;
    BORROW const char *view = "";
    while (more()) {
        OWNED char *p = strdup("abc");
        if (!p)
            break;
        view = p;
        total += str_len(view);     /* last use of this iteration's loan */
        free(p);                    /* fine */
        view = "";
    }
    return total + str_len(view);
}
