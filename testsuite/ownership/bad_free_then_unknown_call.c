#include <ownck.h>
#include <stdlib.h>

/* An escape only hides what the unknown function may do afterwards; a use
 * that is already a bug, or a bug on another value, is still reported. */

void unknown_fn(void *p);

void release_then_escape(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    free(p);
    unknown_fn(p);                      // expect: use-after-free
}

void escape_of_other_value(void)
{
    char *a = malloc(8);
    char *b = malloc(8);
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    unknown_fn(a);
    free(b);
    free(b);                            // expect: double-free
}
