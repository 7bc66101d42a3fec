#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The realloc-leak pattern inside a growth loop. */

char *read_all(FILE *fp)
{
    size_t cap = 64, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    int c;
    while ((c = fgetc(fp)) != EOF) {
        if (len + 1 >= cap) {
            cap *= 2;
            buf = realloc(buf, cap);        // expect: realloc-leak
            if (!buf)
                return NULL;
        }
        buf[len++] = (char)c;
    }
    buf[len] = '\0';
    return buf;
}
