#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 3, 7.44: passing an inferred value to a function ownck knows nothing about
 * is an escape: nothing is reported about it afterwards. */

void unknown_fn(void *p);
void register_buffer(char *p);

void pass_then_free(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    unknown_fn(p);
    free(p);
}

void pass_then_use(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    register_buffer(p);
    p[0] = 'x';
}

void pass_and_keep_nothing(void)
{
    char *p = strdup("x");
    if (!p)
        return;
    register_buffer(p);
}
