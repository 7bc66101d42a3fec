#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* NLL: a shared borrow ends at its last use, not at the end of its block.
 * The exclusive borrow made after r's last use does not conflict with it;
 * a lexical checker would keep r alive to the closing brace and reject
 * str_upper(s). */

size_t str_len(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

size_t shared_then_mut(void)
{
    OWNED char *s = strdup("abc");
    if (!s)
        return 0;
    BORROW const char *r = s;
    size_t n = str_len(r);          /* last use of r: the loan ends here */
    str_upper(s);                   /* no conflict */
    free(s);
    return n;
}

size_t shared_then_mut_in_block(void)
{
    OWNED char *s = strdup("abc");
    if (!s)
        return 0;
    size_t n;
    {
        BORROW const char *r = s;
        n = str_len(r);
        str_upper(s);               /* r is still in scope, but dead */
        n += str_len(s);
    }
    free(s);
    return n;
}
