#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A call-long exclusive borrow (BORROW_MUT parameter) ends when the call
 * returns, and a local exclusive borrow at its last use: the owner can be
 * read, borrowed or released right after, while `w` is still in scope. */

void fill(BORROW_MUT char *buf, size_t n);
void legacy_print(const char *s);

void fill_then_read(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    fill(p, 8);
    BORROW_MUT char *w = p;
    w[7] = '\0';                    /* last use of w */
    legacy_print(p);                /* fine */
    fill(p, 8);                     /* fine */
    free(p);
}
