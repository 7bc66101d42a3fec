#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Moving the owner into an OWNED parameter or variable after the last use of
 * a borrow of it is fine (rustc: `let r = &b; use(r); take(b);`). */

void consume(OWNED char *s);
size_t str_len(BORROW const char *s);

size_t move_into_param(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return 0;
    BORROW const char *r = p;
    size_t n = str_len(r);          /* last use of r */
    consume(p);                     /* fine */
    return n;
}

size_t move_into_variable(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return 0;
    BORROW const char *r = p;
    size_t n = str_len(r);
    OWNED char *q = p;              /* fine: r is dead */
    n += str_len(q);
    free(q);
    return n;
}
