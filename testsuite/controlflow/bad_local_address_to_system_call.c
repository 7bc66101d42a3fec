#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ok_local_address_to_system_call.c's counterpart: time(&t) writes t, so
 * a test of t before it says nothing of one after it. */
char *stamp(void)
{
    time_t t = 0;
    char *p = NULL;
    if (t == 0)
        p = strdup("x");                // expect-note: allocated here
    time(&t);
    if (t == 0)
        return p;
    return NULL;                        // expect: leak
}
