#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An unannotated malloc'd pointer stored into a global (or a static local)
 * escapes: it is not tracked any more and never leaks. */

char *g_last;
static void *g_table[16];

void remember(const char *s)
{
    char *p = strdup(s);
    if (!p)
        return;
    g_last = p;
}

void slot(int i)
{
    void *p = calloc(1, 32);
    if (!p)
        return;
    g_table[i & 15] = p;
}

void cache_once(void)
{
    static char *cache;
    if (cache)
        return;
    char *p = malloc(64);
    if (!p)
        return;
    p[0] = '\0';
    cache = p;
}
