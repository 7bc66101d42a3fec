#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Growing a buffer in a loop through a temporary. */

char *read_all(FILE *fp)
{
    size_t cap = 16, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    int c;
    while ((c = fgetc(fp)) != EOF) {
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

int *collect(int n)
{
    int *v = NULL;
    size_t cap = 0;
    for (int i = 0; i < n; i++) {
        if ((size_t)i == cap) {
            size_t ncap = cap ? cap * 2 : 4;
            int *nv = realloc(v, ncap * sizeof *nv);
            if (!nv) {
                free(v);
                return NULL;
            }
            v = nv;
            cap = ncap;
        }
        v[i] = i;
    }
    return v;
}
