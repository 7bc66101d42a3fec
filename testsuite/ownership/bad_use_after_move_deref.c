#include <ownck.h>
#include <stdlib.h>

/* An OWNED value moved into another OWNED variable may not be touched again. */

void move_into_local_then_write(void)
{
    OWNED char *p = malloc(16);
    if (!p)
        return;
    OWNED char *q = p;                  // expect-note: moved here
    p[0] = 'x';                         // expect: use-after-move
    free(q);
}

int move_by_assignment_then_read(void)
{
    OWNED char *p = malloc(16);
    OWNED char *q = NULL;
    if (!p)
        return -1;
    q = p;
    q[0] = 'a';
    int c = *p;                         // expect: use-after-move
    free(q);
    return c;
}
