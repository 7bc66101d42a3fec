#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* GNU statement expressions ({ ... }) that release their operand. */

int peek_freed(void)
{
    char *p = strdup("abc");
    if (!p)
        return -1;
    int c = ({ free(p); p[0]; });       // expect: use-after-free
    return c;
}

size_t len_then_free_twice(void)
{
    char *p = strdup("abc");
    if (!p)
        return 0;
    size_t n = ({
        size_t len = strlen(p);
        free(p);
        len;
    });
    free(p);                            // expect: double-free
    return n;
}
