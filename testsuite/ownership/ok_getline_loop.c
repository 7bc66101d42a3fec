#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* 7.34: getline borrows the owning slot mutably; the caller frees once. */

size_t count_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char *line = NULL;
    size_t cap = 0;
    size_t n = 0;
    while (getline(&line, &cap, f) > 0)
        n++;
    free(line);
    fclose(f);
    return n;
}
