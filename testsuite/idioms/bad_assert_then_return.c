#include <ownck.h>
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* assert(p) covers the NULL path only: on the other path the value must
 * still be released. */

int first_char(const char *s)
{
    char *p = strdup(s);
    assert(p);
    if (p[0] == '\0')
        return 0;                           // expect: leak
    int c = p[0];
    free(p);
    return c;
}
