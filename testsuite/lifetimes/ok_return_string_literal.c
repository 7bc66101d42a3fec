#include <ownck.h>

/* String literals have static storage: return them freely, with offsets and
 * through variables. */
const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

const char *weekday(int d)
{
    const char *name = "unknown";
    if (d == 0)
        name = "sunday";
    else if (d == 6)
        name = "saturday";
    return name;
}

const char *tail(void)
{
    const char *p = "xxabc";
    while (*p == 'x')
        p++;
    return p;
}
