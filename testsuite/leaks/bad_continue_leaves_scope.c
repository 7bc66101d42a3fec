#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.14: `continue` ends the loop body, the owner's scope: leak at the continue. */

void each(int n)
{
    for (int i = 0; i < n; i++) {
        char *buf = malloc(16);             // expect-note: allocated here
        if (!buf)
            continue;
        memset(buf, 0, 16);
        if (i % 2)
            continue;                       // expect: leak
        free(buf);
    }
}

void skip_blank(int n)
{
    do {
        char *line = strdup("  ");
        if (!line)
            continue;
        if (line[0] == ' ')
            continue;                       // expect: leak
        puts(line);
        free(line);
    } while (--n > 0);
}
