#include <ownck.h>

/* LIFETIME(static): string literals live for the whole program. */
BORROW LIFETIME(static) const char *color_name(int c)
{
    switch (c) {
    case 0:
        return "red";
    case 1:
        return "green";
    default:
        return "blue";
    }
}

BORROW LIFETIME(static) const char *yes_no(int b)
{
    return b ? "yes" : "no";
}

BORROW LIFETIME(static) const char *version_suffix(void)
{
    return &"ownck-1.0"[6];
}
