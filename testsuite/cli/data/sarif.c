/* Input for testsuite/cli/sarif.sh: findings with notes (codeFlows), two
 * findings whose code is the same (fingerprints told apart by occurrence),
 * and one after a non-ASCII character (columns in code points). */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void freed(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);                  /* FREE */
    buf[0] = 1;                 /* BUG use-after-free */
}

void leaky(int n)
{
    char *p = malloc(16);       /* ALLOC */
    if (n > 3)
        return;                 /* BUG leak 1 */
    if (n > 5)
        return;                 /* BUG leak 2 */
    free(p);
}

void wide(void)
{
    OWNED char *q = malloc(8);
    if (!q)
        return;
    take(q); /* é */ q[0] = 1;  /* BUG use-after-move */
}
