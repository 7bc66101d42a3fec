/* Input for the CLI tests (--verify): two rules expected on one line. */
#include <ownck.h>
#include <stdlib.h>

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf); buf[0] = 1; free(buf);   // expect: use-after-free, double-free
}
