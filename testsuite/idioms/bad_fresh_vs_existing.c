#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* The opposite test: the freshly opened stream is never closed. */
struct state { FILE *in; };

int dump(struct state *p, const char *path)
{
    FILE *in;
    if (path) {
        in = fopen(path, "r");              // expect-note: allocated here
        if (in == 0)
            return -1;
    } else {
        in = p->in;
    }
    int c = fgetc(in);
    if (in == p->in)
        fclose(in);
    return c;                               // expect: leak
}
