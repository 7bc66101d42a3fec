#include <ownck.h>
#include <stddef.h>

/* LIFETIME(a) ties the result to `hay` only: the needle argument is free
 * as soon as the call returns, while hay stays borrowed while the result is
 * used. */

BORROW LIFETIME(a) const char *find(BORROW LIFETIME(a) const char *hay,
                                    BORROW const char *needle);
void log_str(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

void needle_is_free(BORROW_MUT char *hay, BORROW_MUT char *needle)
{
    BORROW const char *hit = find(hay, needle);
    str_upper(needle);              /* fine: hit does not borrow needle */
    log_str(hit);                   /* last use of hit */
    str_upper(hay);                 /* fine */
}
