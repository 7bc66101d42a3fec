#include <stdio.h>
#include <stdlib.h>

/* ok_scope_end_on_way_to_exit.c's counterpart: a path from the label that
 * returns owes what it left behind, and so does a loop that never ends. */
int load(const char *path, int strict)
{
    for (int i = 0; i < 3; i++) {
        char *buf = malloc(64);                 // expect-note: allocated here
        if (!buf)
            goto fail;
        if (path[i] == '!')
            goto fail;                          // expect: leak
        free(buf);
    }
    return 0;
fail:
    if (strict)
        abort();
    return -1;
}

void serve(int (*next)(void))
{
    for (;;) {
        char *req = malloc(16);                 // expect-note: allocated here
        if (!req)
            continue;
        if (next() < 0)
            continue;                           // expect: leak
        free(req);
    }
}
