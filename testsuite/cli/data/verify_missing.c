/* Input for the CLI tests (--verify): a finding nobody expects. */
#include <ownck.h>
#include <stdlib.h>

void twice(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    free(buf);                  /* UNEXPECTED: a double free without an expectation */
}
