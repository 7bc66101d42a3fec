#include <stdlib.h>
#include <string.h>

/* ok_struct_copied_by_memcpy.c with the field lost before the copy: on the
 * path where the node cannot be allocated, or by a second allocation. */
struct fileinfo { char *name; long size; struct fileinfo *next; };

struct fileinfo *parse(const char **names, int n)
{
    struct fileinfo *dir = NULL, *l;
    for (int i = 0; i < n; i++) {
        struct fileinfo cur;
        cur.name = malloc(strlen(names[i]) + 1);   // expect-note: allocated here
        if (!cur.name)
            continue;
        strcpy(cur.name, names[i]);
        l = malloc(sizeof *l);
        if (!l)
            continue;                               // expect: leak
        memcpy(l, &cur, sizeof cur);
        l->next = dir;
        dir = l;
    }
    return dir;
}

struct fileinfo *one(const char *name)
{
    struct fileinfo cur = {0};
    cur.name = strdup(name);                        // expect-note: allocated here
    if (!cur.name)
        return NULL;
    cur.name = strdup("copy");                      // expect: leak
    struct fileinfo *l = malloc(sizeof *l);
    if (!l) {
        free(cur.name);
        return NULL;
    }
    memcpy(l, &cur, sizeof(struct fileinfo));
    return l;
}
