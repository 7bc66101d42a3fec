#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* A growing buffer: realloc into a temporary inside a loop. */

OWNED char *read_all(FILE *f)
{
    size_t cap = 64;
    size_t len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    int c;
    while ((c = fgetc(f)) != EOF) {
        if (len + 1 >= cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                return NULL;
            }
            buf = bigger;
            cap *= 2;
        }
        buf[len++] = (char)c;
    }
    buf[len] = '\0';
    return buf;
}
