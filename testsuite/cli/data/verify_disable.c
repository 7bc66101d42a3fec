// ownck-args: --disable=use-after-free
/* Input for the CLI tests (--verify): the first line turns off the only rule
 * that would report something, so no expectation is needed. */
#include <ownck.h>
#include <stdlib.h>

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;
}
