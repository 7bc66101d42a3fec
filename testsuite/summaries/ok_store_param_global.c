#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A function that stores its parameter into a global makes the argument
 * escape: its callers do not leak it. */

static char *g_saved;
static void *g_slots[8];

void keep(char *p)
{
    g_saved = p;
}

void keep_slot(int i, void *p)
{
    g_slots[i & 7] = p;
}

void caller(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = '\0';
    keep(p);
}

void caller_slot(void)
{
    void *p = calloc(2, 8);
    if (!p)
        return;
    keep_slot(1, p);
}
