#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A function that stores its parameter into a struct reached from another
 * parameter makes the argument escape. */

struct ctx {
    char *name;
    void *data;
};

void ctx_set_name(struct ctx *c, char *name)
{
    c->name = name;
}

void ctx_attach(struct ctx *c, void *d)
{
    c->data = d;
}

void setup(struct ctx *c)
{
    char *n = strdup("name");
    if (!n)
        return;
    ctx_set_name(c, n);
    void *d = malloc(64);
    if (!d)
        return;
    ctx_attach(c, d);
}
