#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* getline stores a buffer of free's in a NULL slot, and does so even when
 * it then fails (POSIX: "the buffer should be freed by the user program
 * even if getline() failed"): the note names getline as the allocator. */

int first_char(FILE *fp)
{
    char *line = NULL;
    size_t cap = 0;
    if (getline(&line, &cap, fp) < 0)       // expect-note: 'line' allocated here by 'getline'
        return -1;                          // expect: leak
    int c = line[0];
    free(line);
    return c;
}

int longest(FILE *fp)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n, best = 0;
    while ((n = getdelim(&line, &cap, '\n', fp)) > 0)   // expect-note: allocated here by 'getdelim'
        if (n > best)
            best = n;
    return (int)best;                       // expect: leak
}
