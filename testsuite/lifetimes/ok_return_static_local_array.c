#include <ownck.h>
#include <stdio.h>

/* A static local lives for the whole program; returning its address, or an
 * offset into it, is fine (not reentrant, but not dangling). */
const char *format_size(unsigned long n)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "%lu bytes", n);
    return buf;
}

int *next_slot(void)
{
    static int slots[8];
    static int used;
    return &slots[used++ % 8];
}

const char *after_prefix(void)
{
    static const char text[] = "key=value";
    return text + 4;
}
