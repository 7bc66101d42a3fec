#include <stdlib.h>
#include <string.h>

/* wget's ftp-ls.c: an entry is parsed into a stack struct, then handed to a
 * new list node with memcpy(node, &cur, sizeof cur), and the struct's
 * fields are reset for the next line. The copy takes the owned field along
 * as *node = cur would. */
struct fileinfo { char *name; long size; struct fileinfo *next; };

struct fileinfo *parse(const char **names, int n)
{
    struct fileinfo *dir = NULL, *l, cur;
    for (int i = 0; i < n; i++) {
        cur.name = NULL;
        cur.name = malloc(strlen(names[i]) + 1);
        if (!cur.name)
            continue;
        strcpy(cur.name, names[i]);
        cur.size = 0;
        l = malloc(sizeof *l);
        if (!l) {
            free(cur.name);
            continue;
        }
        memcpy(l, &cur, sizeof cur);
        l->next = dir;
        dir = l;
    }
    return dir;
}

/* The length written as the destination's size, or as the type's. */
struct fileinfo *one(const char *name)
{
    struct fileinfo cur = {0};
    cur.name = strdup(name);
    if (!cur.name)
        return NULL;
    struct fileinfo *l = malloc(sizeof *l);
    if (!l) {
        free(cur.name);
        return NULL;
    }
    memcpy(l, &cur, sizeof(struct fileinfo));
    cur.name = NULL;
    return l;
}
