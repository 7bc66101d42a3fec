#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* A checker that only logs does return: the old block is still lost. */
static void warn_oom(void *p)
{
    if (p == 0)
        fputs("out of memory\n", stderr);
}

static void check_oom(void *p)
{
    if (p == 0)
        exit(1);
}

void grow(char **slot, size_t n)
{
    char *buf = *slot;
    buf = realloc(buf, n);                  // expect: realloc-leak
    warn_oom(buf);
    *slot = buf;
}

void grow_checked_late(char **slot, size_t n)
{
    char *buf = *slot;
    buf = realloc(buf, n);                  // expect: realloc-leak
    *slot = buf;
    check_oom(buf);
}
