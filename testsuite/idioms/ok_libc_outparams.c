#define _GNU_SOURCE
#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* asprintf, posix_memalign and getline hand out owned memory through a
 * pointer argument; the caller releases it after use. */

int greet(const char *who)
{
    char *msg;
    if (asprintf(&msg, "hello %s", who) < 0)
        return -1;
    puts(msg);
    free(msg);
    return 0;
}

int aligned_zero(size_t n)
{
    void *p;
    if (posix_memalign(&p, 64, n) != 0)
        return -1;
    memset(p, 0, n);
    free(p);
    return 0;
}

int count_long_lines(FILE *fp)
{
    char *line = NULL;
    size_t cap = 0;
    int n = 0;
    while (getline(&line, &cap, fp) > 0) {
        if (strlen(line) > 80)
            n++;
    }
    free(line);
    return n;
}
