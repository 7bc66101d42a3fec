#include <stdlib.h>

/* A struct assigned whole hands over what its fields own: after
 * `*m = n`, the block n.keys owns belongs to *m (a hash table growing into a
 * bigger copy of itself). */

struct table {
    int cap;
    char **keys;
};

void table_grow(struct table *m)
{
    struct table n;
    n.cap = m->cap ? m->cap * 2 : 16;
    n.keys = calloc((size_t)n.cap, sizeof(char *));
    if (!n.keys)
        return;
    for (int i = 0; i < m->cap; i++)
        n.keys[i] = m->keys[i];
    free(m->keys);
    *m = n;
}

struct table table_copy(const struct table *m)
{
    struct table n = {m->cap, calloc((size_t)m->cap, sizeof(char *))};
    return n;
}
