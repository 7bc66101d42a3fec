#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Passing a value to a function of the libc model (strlen, puts, fputs,
 * memset) is a borrow, not an escape: the caller still has to release it. */

size_t measured(const char *s)
{
    char *copy = strdup(s);                 // expect-note: allocated here
    if (!copy)
        return 0;
    size_t n = strlen(copy);
    puts(copy);
    return n;                               // expect: leak
}

void written(FILE *out)
{
    char *buf = malloc(16);
    if (!buf)
        return;
    memset(buf, 'a', 15);
    buf[15] = '\0';
    fputs(buf, out);
}                                           // expect: leak
