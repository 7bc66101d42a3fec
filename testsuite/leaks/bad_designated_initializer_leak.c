#include <stdlib.h>
#include <string.h>

/* The allocations of ok_designated_initializers.c, not released: each is
 * followed into the field its designator names, and leaks where that
 * struct's scope ends. */

struct screen { char *name; int flags; char *title; };

int forget_name(const char *s)
{
    struct screen t = { .name = strdup(s), .flags = 2 };
    return t.flags;                         // expect: leak
}

void forget_title(const char *s)
{
    struct screen t = { .flags = 1, strdup(s) };
    free(t.name);
}                                           // expect: leak
