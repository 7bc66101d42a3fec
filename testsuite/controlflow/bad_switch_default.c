#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* switch: a case (or the default) releases, the code after the switch releases again. */

void handle(int mode)
{
    char *p = strdup("value");
    if (!p)
        return;
    switch (mode) {
    case 0:
        puts(p);
        break;
    case 1:
        p[0] = 'V';
        break;
    default:
        free(p);                        /* early release for unknown modes */
        break;
    }
    free(p);                            // expect: double-free
}

void no_default(int mode)
{
    char *p = strdup("v");
    if (!p)
        return;
    switch (mode) {
    case 0:
        free(p);
        break;
    case 1:
        puts(p);
        break;
    }
    free(p);                            // expect: double-free
}
