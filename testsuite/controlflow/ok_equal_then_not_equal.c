#include <stdlib.h>

/* `x != K` is the other side of `x == K` (7.36), for a non-zero constant
 * and for a variable as for zero: tmux's args_parse allocates where the
 * option letter is followed by ':', and leaves early where it is not. */
char *optional_value(int c)
{
    char *p = NULL;
    if (c == ':')
        p = malloc(1);
    if (c != ':')
        return NULL;
    return p;
}

char *at_end(int i, int count)
{
    char *p = NULL;
    if (i == count)
        p = malloc(1);
    if (i != count)
        return NULL;
    return p;
}

/* ... and the other way round. */
void release_unless(int mode, char *q)
{
    char *p = NULL;
    if (mode != 3)
        p = malloc(8);
    if (mode == 3)
        return;
    free(p);
    (void)q;
}
