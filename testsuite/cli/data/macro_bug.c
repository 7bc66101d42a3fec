/* Input for the CLI tests: has a double free only when compiled with
 * -DOWNCK_CLI_BUG=1 (other values or none: correct). */
#include <ownck.h>
#include <stdlib.h>

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
#if defined(OWNCK_CLI_BUG) && OWNCK_CLI_BUG == 1
    free(buf);                  /* BUG double-free */
#endif
}
