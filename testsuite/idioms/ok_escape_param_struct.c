#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An unannotated malloc'd pointer stored into a struct reached from a
 * parameter escapes: the caller's data structure now holds it. */

struct registry {
    char *items[16];
    int n;
    char *name;
};

struct wrapper {
    struct registry *reg;
};

void reg_add(struct registry *r, const char *s)
{
    char *p = strdup(s);
    if (!p)
        return;
    r->items[r->n++] = p;
}

void reg_name(struct registry *r)
{
    char *p = malloc(32);
    if (!p)
        return;
    strcpy(p, "registry");
    r->name = p;
}

void nested(struct wrapper *w)
{
    char *p = malloc(8);
    if (!p)
        return;
    w->reg->name = p;
}

void through_pointer(char **slot)
{
    char *p = malloc(8);
    if (!p)
        return;
    *slot = p;
}
