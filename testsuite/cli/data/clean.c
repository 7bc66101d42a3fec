/* Input for the CLI tests: correct code, annotated and not; no findings. */
#include <ownck.h>
#include <stdlib.h>
#include <string.h>

void take(OWNED char *msg);

void give_away(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    buf[0] = 1;
    take(buf);
}

void plain(void)
{
    char *q = malloc(16);
    if (!q)
        return;
    memset(q, 0, 16);
    free(q);
}

int answer(int x)
{
    return x * 2 + 42;
}
