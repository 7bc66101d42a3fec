#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* NLL liveness is per path: the borrow is used only in the then-branch, so
 * in the else-branch it is already dead and the owner may be mutated there
 * (rustc accepts `let r = &v; if c { use(r) } else { v.push(1) }`). */

void log_str(BORROW const char *s);
void str_upper(BORROW_MUT char *s);

void use_in_one_branch(int c)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    BORROW const char *r = p;
    if (c)
        log_str(r);                 /* r's only use */
    else
        str_upper(p);               /* r is dead on this path */
    free(p);
}
