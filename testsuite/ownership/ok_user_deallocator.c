#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* User deallocators and OWNED parameters consumed on every path. */

void queue_push(OWNED char *m);

void str_release(OWNED char *s)
{
    free(s);
}

void push_or_drop(OWNED char *m, int keep)
{
    if (keep)
        queue_push(m);
    else
        free(m);
}

void use_release(void)
{
    char *s = strdup("x");
    if (!s)
        return;
    s[0] = 'y';
    str_release(s);
    s = strdup("z");
    if (!s)
        return;
    push_or_drop(s, 1);
}
