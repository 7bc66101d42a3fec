/* Input for the CLI tests (--verify): every expectation is right. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void moved(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);
    buf[0] = 1;                 // expect: use-after-move
}

void twice(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    free(buf);                  // expect: double-free
}

void fine(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    buf[0] = 1;
    free(buf);
}
