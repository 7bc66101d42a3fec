#include <stdlib.h>

/* ok_equal_then_not_equal.c's counterpart: the second test is of another
 * value, or the variable changes between the two tests. */
char *optional_value(int c, int d)
{
    char *p = NULL;
    if (c == ':')
        p = malloc(1);                  // expect-note: allocated here
    if (d != ':')
        return NULL;                    // expect: leak
    return p;
}

char *at_end(int i, int count)
{
    char *p = NULL;
    if (i == count)
        p = malloc(1);                  // expect-note: allocated here
    i++;
    if (i != count)
        return NULL;                    // expect: leak
    return p;
}
