#include <ownck.h>
#include <stdlib.h>

/* Member access through a freed struct pointer. */

struct point {
    int x;
    int y;
};

int read_after_free(void)
{
    struct point *pt = malloc(sizeof *pt);
    if (!pt)
        return 0;
    pt->x = 1;
    pt->y = 2;
    free(pt);
    return pt->x;                       // expect: use-after-free
}

void write_after_free(void)
{
    struct point *pt = calloc(1, sizeof *pt);
    if (!pt)
        return;
    free(pt);
    pt->y = 3;                          // expect: use-after-free
}
