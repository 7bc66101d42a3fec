#include <ownck.h>
#include <stdlib.h>

/* The comma operator: release as the last use, release then clear, for-init. */

int release_and_report(void)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    p[0] = 'x';
    return (free(p), 0);
}

void free_and_clear(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    free(p), p = NULL;
    free(p);
}

void comma_in_for(int n)
{
    char *p;
    int i;
    for (i = 0, p = malloc(8); p != NULL && i < n; i++)
        p[0] = (char)i;
    free(p);
}
