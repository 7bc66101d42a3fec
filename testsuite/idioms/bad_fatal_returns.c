#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A reporting function that is not declared noreturn returns: the path
 * continues after it and the value is still owned. */

void fatal(const char *msg);

int checked_len(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return -1;
    int n = (int)strlen(copy);
    if (n == 0) {
        fatal("empty string");
    } else {
        free(copy);
    }
    return n;                               // expect: leak
}
