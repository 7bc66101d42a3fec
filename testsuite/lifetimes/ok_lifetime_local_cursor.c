#include <ownck.h>

/* A local cursor copied from a LIFETIME(a) parameter and walked forward is
 * still a borrow of that argument: returning it is fine. */
BORROW LIFETIME(a) const char *
skip_spaces(BORROW LIFETIME(a) const char *s)
{
    const char *p = s;
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

BORROW LIFETIME(a) const char *
last_of(BORROW LIFETIME(a) const char *s, BORROW LIFETIME(b) const char *set)
{
    const char *found = s;
    for (const char *p = s; *p; p++)
        for (const char *q = set; *q; q++)
            if (*p == *q)
                found = p;
    return found;
}
