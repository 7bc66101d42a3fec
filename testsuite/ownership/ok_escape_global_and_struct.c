#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Storing an inferred value into a global or a struct reachable from outside
 * is an escape. */

char *g_buffer;

struct ctx {
    char *scratch;
};

void stash_global(void)
{
    char *p = malloc(64);
    if (!p)
        return;
    g_buffer = p;
}

void stash_then_write(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    g_buffer = p;
    strcpy(p, "ok");
}

void stash_in_ctx(struct ctx *c)
{
    char *p = malloc(64);
    if (!p)
        return;
    c->scratch = p;
    p[0] = '\0';
}
