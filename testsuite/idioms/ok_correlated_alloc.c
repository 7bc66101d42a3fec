#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.36: allocation and release under two tests of the same unchanged
 * condition are correlated: no path allocates and then skips the release. */

void same_local(int c)
{
    char *p = NULL;
    if (c)
        p = malloc(1);
    puts("middle");
    if (c)
        free(p);
}

void same_expression(size_t n)
{
    char *p = NULL;
    if (n > 64) {
        p = malloc(n);
        if (!p)
            return;
        memset(p, 0, n);
    }
    puts("work");
    if (n > 64)
        free(p);
}

void negated(int fast)
{
    FILE *log = NULL;
    if (!fast)
        log = fopen("/tmp/ownck-log", "a");
    if (log)
        fputs("slow path\n", log);
    if (!fast && log)
        fclose(log);
}
