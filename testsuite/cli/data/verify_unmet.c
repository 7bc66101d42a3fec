/* Input for the CLI tests (--verify): an expectation that does not happen. */
#include <ownck.h>
#include <stdlib.h>

void fine(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    buf[0] = 1;                 // expect: use-after-free
    free(buf);
}
