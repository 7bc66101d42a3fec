#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A borrow that ended may be followed by the release of its owner, even
 * while the borrowing variable is still in scope (rustc: drop(v) after the
 * last use of `let r = &v;`). */

void log_str(BORROW const char *s);

void free_after_last_use(void)
{
    char *p = strdup("message");
    if (!p)
        return;
    BORROW const char *r = p;
    log_str(r);                     /* last use of r */
    free(p);                        /* fine */
}

void free_after_last_use_mut(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    BORROW_MUT char *w = p;
    memset(w, 'x', 7);
    w[7] = '\0';                    /* last use of w */
    puts(p);
    free(p);                        /* fine */
}
