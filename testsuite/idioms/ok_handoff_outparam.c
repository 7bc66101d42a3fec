#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Ownership handed out through an OUT_OWNED parameter. */

int make_name(OUT_OWNED char **out, BORROW const char *base)
{
    char *p = malloc(strlen(base) + 3);
    if (!p)
        return -1;
    strcpy(p, base);
    strcat(p, "-1");
    *out = p;
    return 0;
}

int make_buffer(OUT_OWNED void **out, size_t n)
{
    *out = malloc(n);
    return *out ? 0 : -1;
}

int open_log(OUT_OWNED FILE **out, BORROW const char *path)
{
    FILE *f = fopen(path, "a");
    if (!f)
        return -1;
    fputs("opened\n", f);
    *out = f;
    return 0;
}
