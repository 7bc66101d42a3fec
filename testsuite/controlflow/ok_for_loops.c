#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* for: counted loops with borrows, per-iteration allocations, return in the body. */

void per_iteration(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            return;
        p[0] = (char)i;
        free(p);
    }
}

void borrow_in_loop_release_after(int n)
{
    char *p = strdup("abc");
    if (!p)
        return;
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += strlen(p);
    free(p);
    printf("%zu\n", total);
}

int release_and_stop(int n)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    for (int i = 0; i < n; i++) {
        if (i == 3) {
            free(p);
            return i;
        }
        p[0] = (char)i;
    }
    free(p);
    return -1;
}
