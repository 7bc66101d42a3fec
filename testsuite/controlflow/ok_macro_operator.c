#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Expression macros with operators: NULL tests are not uses. */

#define IS_NULL(p) ((p) == NULL)
#define LEN(s) (IS_NULL(s) ? 0 : strlen(s))
#define NONEMPTY(s) (!IS_NULL(s) && (s)[0] != '\0')

size_t checked_len(void)
{
    char *s = strdup("abc");
    if (IS_NULL(s))
        return 0;
    size_t n = LEN(s);
    free(s);
    return n;
}

int compare_after_free(void)
{
    char *s = malloc(4);
    free(s);
    return IS_NULL(s);
}

int nonempty(void)
{
    char *s = strdup("");
    int r = NONEMPTY(s);
    free(s);
    return r;
}
