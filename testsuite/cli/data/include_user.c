/* Input for the CLI tests: needs -Itestsuite/cli/data/inc; then one
 * use-after-move through the function declared in the header. */
#include <stdlib.h>
#include "cli_take.h"

void f(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    cli_take(buf);
    buf[0] = 1;                 /* BUG use-after-move */
}
