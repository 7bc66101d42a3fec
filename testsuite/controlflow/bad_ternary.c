#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ?: the chosen branch uses or releases a freed value. */

size_t len_after_free(void)
{
    char *p = strdup("abc");
    if (!p)
        return 0;
    free(p);
    return p ? strlen(p) : 0;           // expect: use-after-free
}

void release_by_mode(int mode)
{
    char *p = strdup("x");
    if (!p)
        return;
    mode ? free(p) : (void)puts(p);
    free(p);                            // expect: double-free
}
