#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Redis's redis-check-aof: a loop frees the string an out-parameter call
 * gave it, and the next iteration hands &str to that call again. The
 * callee stores to *target before anything else (its summary says so), so
 * &str there is a write of str, as 7.35 says of OUT_OWNED parameters, not
 * a use of the freed value. */

int read_long(FILE *fp, long *out);

int read_string(FILE *fp, char **target)
{
    long len;
    *target = NULL;
    if (!read_long(fp, &len) || len < 0)
        return 0;
    *target = malloc((size_t)len + 1);
    if (!*target)
        return 0;
    if (fread(*target, 1, (size_t)len, fp) != (size_t)len) {
        free(*target);
        *target = NULL;
        return 0;
    }
    (*target)[len] = 0;
    return 1;
}

int count_multi(FILE *fp, long argc)
{
    char *str;
    int multi = 0;
    for (long i = 0; i < argc; i++) {
        if (!read_string(fp, &str))
            return -1;
        if (strcmp(str, "multi") == 0)
            multi++;
        free(str);
    }
    return multi;
}
