#include <ownck.h>
#include <stdlib.h>

/* break and continue that never skip a needed re-assignment. */

int skip(void);
int done(void);

void skip_odd(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(8);
        if (!p)
            return;
        if (i % 2) {
            free(p);
            continue;
        }
        p[0] = 'x';
        free(p);
    }
}

void stop_early(int n)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (p[0] == 'q')
            break;
        p[0] = (char)i;
    }
    free(p);
}

void release_then_break(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    for (;;) {
        if (done()) {
            free(p);
            p = NULL;
            break;
        }
        p[0] = 'x';
    }
    free(p);
}

void refill(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    for (;;) {
        free(p);
        p = malloc(8);
        if (!p)
            return;
        if (skip())
            continue;
        if (done())
            break;
    }
    free(p);
}
