#include <ownck.h>
#include <stdlib.h>

/* A move on some path merges to "maybe moved", which is still an error. */

void queue_push(OWNED char *msg);

void maybe_moved_then_freed(int c)
{
    OWNED char *buf = malloc(64);
    if (!buf)
        return;
    if (c)
        queue_push(buf);                // expect-note: moved here
    free(buf);                          // expect: double-free
}

void maybe_moved_then_pushed(int c)
{
    OWNED char *buf = malloc(64);
    if (!buf)
        return;
    if (c) {
        queue_push(buf);
    } else {
        buf[0] = '\0';
    }
    queue_push(buf);                    // expect: use-after-move
}
