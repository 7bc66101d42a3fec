/* Input for the CLI tests (--verify): the right line, the wrong rule. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void moved(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);
    buf[0] = 1;                 // expect: use-after-free
}
