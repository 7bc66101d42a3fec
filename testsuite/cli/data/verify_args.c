// ownck-args: -- -DOWNCK_CLI_BUG=1
/* Input for the CLI tests (--verify): the bug exists only with the macro the
 * first line passes to the compiler. */
#include <ownck.h>
#include <stdlib.h>

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
#ifdef OWNCK_CLI_BUG
    free(buf);                  // expect: double-free
#endif
}
