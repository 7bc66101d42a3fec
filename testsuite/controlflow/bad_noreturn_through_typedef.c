#include <stdlib.h>

/* ok_noreturn_through_typedef.c's counterpart: a typedef of a function
 * type without the attribute says nothing of returning. */
typedef void report_fn(const char *msg);
report_fn warn_user;

char *make(int c)
{
    char *p = malloc(4);
    if (!p)
        return NULL;
    if (c) {
        free(p);                        // expect-note: released here
        warn_user("bad input");
    }
    return p;                           // expect: use-after-free
}
