/* Input for the CLI tests: one finding of each implemented ownership rule,
 * all on OWNED values (severity error), one per function. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void moved(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);                  /* MOVE */
    buf[0] = 1;                 /* BUG use-after-move */
}

void freed(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);                  /* FREE1 */
    buf[0] = 1;                 /* BUG use-after-free */
}

void twice(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);                  /* FREE2 */
    free(buf);                  /* BUG double-free */
}
