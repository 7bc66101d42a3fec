#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.31 + 7.6: a declared-only function with an OWNED parameter takes ownership
 * (a move); moving the same value again is use-after-move. */

void queue_push(OWNED char *msg);

struct slot {
    OWNED char *data;
};

void push_twice(void)
{
    OWNED char *m = strdup("hi");
    if (!m)
        return;
    queue_push(m);                      // expect-note: moved here
    queue_push(m);                      // expect: use-after-move
}

void store_twice(struct slot *a, struct slot *b)
{
    OWNED char *m = strdup("x");
    if (!m)
        return;
    a->data = m;
    b->data = m;                        // expect: use-after-move
}
