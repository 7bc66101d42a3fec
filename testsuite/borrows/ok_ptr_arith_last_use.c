#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Pointers derived from a borrow (r + i, a copy) keep its loan alive only
 * until their own last use. */

void log_str(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

void derived_then_mutate(void)
{
    OWNED char *p = strdup("abcdef");
    if (!p)
        return;
    BORROW const char *r = p;
    BORROW const char *tail = r + 3;
    log_str(tail);                  /* last use of anything derived from r */
    str_upper(p);                   /* fine */
    free(p);
}

void copy_then_mutate(void)
{
    OWNED char *p = strdup("abcdef");
    if (!p)
        return;
    BORROW const char *r = p;
    BORROW const char *r2 = r;
    log_str(r2);                    /* last use of the copy */
    str_upper(p);                   /* fine */
    free(p);
}
