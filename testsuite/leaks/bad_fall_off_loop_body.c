#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An owner declared in a loop body and not released by the body's end. */

void per_line(int n)
{
    for (int i = 0; i < n; i++) {
        char *line = malloc(80);
        if (!line)
            break;
        snprintf(line, 80, "line %d", i);
        puts(line);
    }                                       // expect: leak
}

void drain(int n)
{
    while (n-- > 0) {
        OWNED char *item = strdup("item");  // expect-note: allocated here
        if (item == NULL)
            continue;
        item[0] = 'I';
    }                                       // expect: leak
}
