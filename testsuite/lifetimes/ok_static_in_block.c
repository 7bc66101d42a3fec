#include <ownck.h>
#include <stdio.h>

/* A static declared in a block has static storage: its name has block scope,
 * but the object lives on after the block. */
void show(int c)
{
    const int *p = NULL;
    {
        static int hits;
        hits += c;
        p = &hits;
    }
    printf("%d\n", *p);
}

const char *remembered(int c)
{
    const char *s = "none";
    if (c) {
        static char buf[16];
        snprintf(buf, sizeof buf, "%d", c);
        s = buf;
    }
    return s;
}
