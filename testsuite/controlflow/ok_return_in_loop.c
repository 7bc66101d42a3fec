#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* return from inside loops, with the value released or moved out. */

OWNED char *first_comment(FILE *f)
{
    char buf[128];
    while (fgets(buf, sizeof buf, f)) {
        if (buf[0] != '#')
            continue;
        OWNED char *line = strdup(buf);
        if (!line)
            return NULL;
        if (line[1] != '\0')
            return line;
        free(line);
    }
    return NULL;
}

int index_of(BORROW const char *s, char c)
{
    char *copy = strdup(s);
    if (!copy)
        return -1;
    for (int i = 0; copy[i] != '\0'; i++) {
        if (copy[i] == c) {
            free(copy);
            return i;
        }
    }
    free(copy);
    return -1;
}
