#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Expression macros with operators: the use inside the macro is reported at
 * the line where the macro is used. */

#define LEN(s) ((s) ? strlen(s) : 0)
#define FIRST(s) ((s)[0])

size_t len_after_free(void)
{
    char *s = strdup("abc");
    if (!s)
        return 0;
    size_t before = LEN(s);
    free(s);
    return before + LEN(s);             // expect: use-after-free
}

int first_after_free(void)
{
    char *s = strdup("abc");
    if (!s)
        return 0;
    free(s);
    return FIRST(s);                    // expect: use-after-free
}
