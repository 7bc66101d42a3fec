#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A borrowed result tied to an argument by LIFETIME (strchr's model) keeps
 * the argument borrowed only until the result's last use. */

void log_str(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

void find_then_modify(void)
{
    OWNED char *p = strdup("key=value");
    if (!p)
        return;
    BORROW const char *eq = strchr(p, '=');
    if (eq)
        log_str(eq + 1);            /* last use of eq */
    str_upper(p);                   /* fine */
    free(p);
}
