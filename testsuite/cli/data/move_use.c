/* Input for the CLI tests: one use-after-move of an OWNED value.
 * (Not an expectation test: the scripts in testsuite/cli/ check the output.) */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);                  /* MOVE */
    buf[0] = 1;                 /* BUG use-after-move */
}
