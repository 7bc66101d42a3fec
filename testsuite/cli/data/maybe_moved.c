/* Input for the CLI tests: a value moved on one path and freed on the other;
 * the use after the merge is a use-after-free with a note for each path. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void f(int c)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    if (c)
        take(buf);              /* PATH-MOVE */
    else
        free(buf);              /* PATH-FREE */
    buf[0] = 1;                 /* BUG use-after-free */
}
