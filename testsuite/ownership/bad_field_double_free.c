#include <ownck.h>
#include <stdlib.h>

/* Fields of a local struct are places of their own (4. Places). */

struct plain {
    char *data;
};

struct owning {
    OWNED char *data;
};

void plain_field_twice(void)
{
    struct plain s;
    s.data = malloc(8);
    if (!s.data)
        return;
    free(s.data);
    free(s.data);                       // expect: double-free
}

void owned_field_twice(void)
{
    struct owning h = { NULL };
    h.data = malloc(8);
    if (!h.data)
        return;
    free(h.data);
    free(h.data);                       // expect: double-free
}
