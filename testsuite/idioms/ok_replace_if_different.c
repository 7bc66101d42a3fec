#include <stdlib.h>
#include <string.h>

/* A setter that keeps the old value unless it got a new one, and releases
 * the old one only when they differ (dash's cd.c updatepwd): on the side of
 * old != dir, the two are not one value, so dir is not the string just
 * released. */

static char *cur;

void set_dir(const char *val)
{
    char *old, *dir;
    old = dir = cur;
    if (val)
        dir = strdup(val);
    if (old != dir)
        free(old);
    cur = dir;
}
