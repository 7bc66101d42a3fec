/* Input for the CLI tests (--verify): a note expectation that holds. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void moved(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);                  // expect-note: buf
    buf[0] = 1;                 // expect: use-after-move
}
