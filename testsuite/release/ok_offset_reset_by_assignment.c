#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A cursor moved off the start and then set back to the start pointer may
 * release the block. */

void rewind_cursor(void)
{
    char *start = malloc(16);
    if (!start)
        return;
    char *p = start;
    p += 5;
    *p = 'x';
    p = start;
    free(p);
}

void rescan(const char *s)
{
    char *buf = strdup(s);
    if (!buf)
        return;
    char *p = buf;
    while (*p && *p != '=')
        p++;
    p = buf;
    puts(p);
    free(p);
}
