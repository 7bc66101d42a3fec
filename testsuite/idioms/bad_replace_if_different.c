#include <stdlib.h>
#include <string.h>

/* The setter of ok_replace_if_different.c with the test the wrong way
 * round: released when the two are one value, then stored and used. */

static char *cur;

void set_dir(const char *val)
{
    char *old, *dir;
    old = dir = cur;
    if (val)
        dir = strdup(val);
    if (old == dir)
        free(old);
    cur = dir;                          // expect: use-after-free
}
