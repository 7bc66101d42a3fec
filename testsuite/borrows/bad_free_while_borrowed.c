#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* move-while-borrowed (E0505): releasing the owner while a borrow of it is
 * still used later. The primary location is the release call. */

void log_str(BORROW const char *s);

void free_while_shared(void)
{
    char *p = strdup("abc");
    if (!p)
        return;
    BORROW const char *r = p;       // expect-note: borrow of
    free(p);                        // expect: move-while-borrowed
    log_str(r);                     // expect-note: later used here
}

void free_while_exclusive(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    BORROW_MUT char *w = p;
    free(p);                        // expect: move-while-borrowed
    w[0] = '\0';
}
