#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* exit, abort and _Exit end the path: nothing after them is reachable. */

void must_alloc(void)
{
    char *p = malloc(8);
    if (!p)
        abort();
    p[0] = 'x';
    free(p);
}

void bail_out(int bad)
{
    char *p = strdup("x");
    if (!p)
        exit(1);
    if (bad) {
        free(p);
        exit(2);
    }
    if (p[0] == 'q')
        exit(3);
    puts(p);
    free(p);
}

void exit_in_loop(int n)
{
    char *p = malloc(8);
    if (!p)
        _Exit(1);
    for (int i = 0; i < n; i++) {
        if (i == 10) {
            free(p);
            exit(0);
        }
        p[0] = (char)i;
    }
    free(p);
}

int switch_default_abort(int kind)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    switch (kind) {
    case 0:
        free(p);
        return 0;
    default:
        free(p);
        abort();
    }
}
