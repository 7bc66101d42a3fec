/* Input for the CLI tests (--verify): a note expectation whose text is in no note. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void moved(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);                  // expect-note: no note says this zqxj
    buf[0] = 1;                 // expect: use-after-move
}
