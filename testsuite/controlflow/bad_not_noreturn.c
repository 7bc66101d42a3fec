#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* report_error is not declared noreturn: the path goes on after it. */

void report_error(const char *msg);

OWNED char *checked_copy(BORROW const char *s)
{
    OWNED char *p = strdup(s);
    if (!p)
        return NULL;
    if (p[0] == '\0') {
        free(p);
        report_error("empty");
    }
    return p;                           // expect: use-after-free
}
