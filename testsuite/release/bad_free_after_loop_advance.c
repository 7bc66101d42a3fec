#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A pointer advanced in a loop and then released: off its start whenever
 * the loop ran at least once. */

void skip_spaces(const char *s)
{
    char *p = strdup(s);
    if (!p)
        return;
    while (*p == ' ')
        p++;
    puts(p);
    free(p);                                // expect: free-offset
}

int count(const char *s)
{
    char *p = strdup(s);
    if (!p)
        return -1;
    int n = 0;
    for (; *p; p++)
        n++;
    free(p);                                // expect: free-offset
    return n;
}
