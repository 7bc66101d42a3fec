/* Input for the CLI tests: annotations where they cannot apply. */
#include <ownck.h>

void set_count(OWNED int count);                    /* BUG annotation-misuse: not a pointer */
void conflicting(OWNED BORROW char *p);             /* BUG annotation-misuse: OWNED and BORROW */

int ok(BORROW const char *s)
{
    return s[0];
}
