#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A borrow used in a later iteration is live at the end of the body: a
 * release (followed by a fresh allocation) while it is still needed on the
 * next iteration is move-while-borrowed. */

void log_str(BORROW const char *s);
int more(void);

void replace_while_borrowed(void)
{
    OWNED char *cur = strdup("a");
    if (!cur)
        return;
    BORROW const char *first = cur;
    while (more()) {
        log_str(first);
        free(cur);                  // expect: move-while-borrowed
        cur = strdup("b");
        if (!cur)
            return;
    }
    free(cur);
}
