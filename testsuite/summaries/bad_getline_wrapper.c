#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* A function that returns the buffer getline filled from NULL hands out
 * memory it allocated, as a malloc wrapper does: its callers own it. */

static char *read_line(FILE *fp)
{
    char *line = NULL;
    size_t cap = 0;
    if (getline(&line, &cap, fp) < 0) {
        free(line);
        return NULL;
    }
    return line;
}

int first_char(FILE *fp)
{
    char *l = read_line(fp);                // expect-note: 'l' allocated here by 'read_line'
    if (!l)
        return 0;
    return l[0];                            // expect: leak
}
