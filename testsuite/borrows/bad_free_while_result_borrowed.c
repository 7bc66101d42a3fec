#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A LIFETIME-tied result (strchr's) keeps the string borrowed: releasing the
 * string while the result is still used is move-while-borrowed, the C shape
 * of a use-after-free through a derived pointer. */

void log_str(BORROW const char *s);

void release_then_use_suffix(void)
{
    OWNED char *line = strdup("key=value");
    if (!line)
        return;
    BORROW const char *value = strchr(line, '=');
    free(line);                     // expect: move-while-borrowed
    if (value)
        log_str(value + 1);
}
