#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A destructor that accepts NULL (`if (!o) return;`) still releases its
 * parameter on every path where it owns something. */

struct obj {
    char *name;
    int id;
};

struct obj *obj_new(const char *name)
{
    struct obj *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    o->name = strdup(name);
    return o;
}

void obj_destroy(struct obj *o)
{
    if (!o)
        return;
    free(o->name);
    free(o);
}

void unchecked_caller(void)
{
    struct obj *o = obj_new("x");
    obj_destroy(o);
}

int checked_caller(void)
{
    struct obj *o = obj_new("y");
    if (o == NULL)
        return -1;
    o->id = 4;
    int id = o->id;
    obj_destroy(o);
    return id;
}
