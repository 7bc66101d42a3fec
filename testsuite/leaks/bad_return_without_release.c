#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An early return that neither releases nor hands out the owned value. */

int parse_header(const char *text)
{
    char *copy = strdup(text);              // expect-note: allocated here
    if (!copy)
        return -1;
    if (copy[0] != '#')
        return -2;                          // expect: leak
    puts(copy);
    free(copy);
    return 0;
}

int count_lines(const char *path)
{
    FILE *fp = fopen(path, "r");            // expect-note: allocated here
    if (!fp)
        return -1;
    int n = 0;
    int c;
    while ((c = fgetc(fp)) != EOF) {
        if (c == '\0')
            return -2;                      // expect: leak
        if (c == '\n')
            n++;
    }
    fclose(fp);
    return n;
}
