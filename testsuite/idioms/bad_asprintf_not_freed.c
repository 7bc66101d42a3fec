#define _GNU_SOURCE
#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* asprintf's out-parameter: the formatted string is owned after success. */

int greet(const char *who)
{
    char *msg;
    if (asprintf(&msg, "hello %s", who) < 0)
        return -1;
    puts(msg);
    return 0;                               // expect: leak
}

void aligned_forgotten(size_t n)
{
    void *p;
    if (posix_memalign(&p, 64, n) != 0)
        return;
    memset(p, 0, n);
}                                           // expect: leak
