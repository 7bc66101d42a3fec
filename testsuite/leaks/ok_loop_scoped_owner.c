#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An owner declared in a loop body is released before every jump out of it. */

void per_iteration(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            break;
        snprintf(p, 16, "%d", i);
        puts(p);
        free(p);
    }
}

void skip_odd(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            continue;
        if (i % 2) {
            free(p);
            continue;
        }
        p[0] = 'e';
        free(p);
    }
}

int stop_early(int n)
{
    int i = 0;
    while (i < n) {
        char *p = malloc(4);
        if (!p)
            return -1;
        p[0] = (char)i;
        if (p[0] == 7) {
            free(p);
            break;
        }
        free(p);
        i++;
    }
    return i;
}
