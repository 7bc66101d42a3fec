#include <ownck.h>
#include <string.h>

/* missing-lifetime on a definition: reported once, at the function's name.
 * The body is not checked against a lifetime it does not have (7.27). */
BORROW const char *shorter(BORROW const char *a, BORROW const char *b)    // expect: missing-lifetime
{
    return strlen(a) <= strlen(b) ? a : b;
}

BORROW const char *
first_nonempty(BORROW const char *a,    // expect: missing-lifetime
               BORROW const char *b)
{
    if (a[0] != '\0')
        return a;
    return b;
}
