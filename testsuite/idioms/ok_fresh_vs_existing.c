#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* From sqlite's shell: a stream that is either opened here or borrowed from
 * the caller, told apart later by comparing with the borrowed one. A fresh
 * allocation never equals a pointer that existed before it. */
struct state { FILE *in; };

int dump(struct state *p, const char *path)
{
    FILE *in;
    if (path) {
        in = fopen(path, "r");
        if (in == 0)
            return -1;
    } else {
        in = p->in;
    }
    int c = fgetc(in);
    if (in != p->in)
        fclose(in);
    return c;
}

int same_check_reversed(struct state *p, const char *path)
{
    FILE *in = path ? fopen(path, "r") : p->in;
    if (!in)
        return -1;
    if (p->in == in)
        return 0;
    fclose(in);
    return 1;
}
