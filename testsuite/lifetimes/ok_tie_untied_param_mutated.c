#include <ownck.h>

/* With LIFETIME on `hay` only, the result does not borrow `needle`: it may be
 * lent exclusively while the result is used. Under elision with one borrowed
 * parameter, the other (unannotated) argument is not borrowed either. */
BORROW LIFETIME(h) const char *find(BORROW LIFETIME(h) const char *hay,
                                    BORROW const char *needle);
BORROW const char *skip(BORROW const char *s, char *scratch);
void str_upper(BORROW_MUT char *s);
void log_str(BORROW const char *s);

void search(void)
{
    char hay[16] = "haystack";
    char needle[8] = "st";
    BORROW const char *hit = find(hay, needle);
    str_upper(needle);
    if (hit)
        log_str(hit);
}

void skip_then_fill(BORROW const char *s)
{
    char scratch[8] = "";
    BORROW const char *rest = skip(s, scratch);
    str_upper(scratch);
    log_str(rest);
}
