#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Returning the owner from an OWNED function moves it; after the last use
 * of a borrow of it that is fine, although the borrow is still in scope. */

void log_str(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

OWNED char *make_upper(const char *text)
{
    OWNED char *p = strdup(text);
    if (!p)
        return NULL;
    BORROW_MUT char *w = p;
    str_upper(w);
    BORROW const char *r = w;
    log_str(r);                     /* last use of w and r */
    return p;                       /* fine */
}
