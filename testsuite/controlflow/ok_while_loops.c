#include <ownck.h>
#include <stdlib.h>

/* while: per-iteration allocations, replacement inside the loop, release before break. */

int more(void);

void alloc_per_iteration(void)
{
    while (more()) {
        char *p = malloc(32);
        if (!p)
            return;
        p[0] = '\0';
        free(p);
    }
}

void replace_each_round(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    while (more()) {
        free(p);
        p = malloc(8);
        if (!p)
            return;
        p[0] = 'x';
    }
    free(p);
}

void free_before_break(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    while (1) {
        p[0] = 'x';
        if (!more()) {
            free(p);
            break;
        }
    }
}
