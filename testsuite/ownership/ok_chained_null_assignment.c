#include <stdlib.h>

/* libyaml's parser: after releasing two pointers, one statement sets both
 * to NULL (tag_handle = tag_suffix = NULL). The outer assignment copies a
 * NULL, not an allocation: the two stay separate owners, and the releases
 * after the join are one each. */

int release_both(int c)
{
    char *a = malloc(4), *b = malloc(4);
    if (c) {
        free(b);
        free(a);
        a = b = NULL;
    }
    free(a);
    free(b);
    return 0;
}

void clear_pair(char **x, char **y)
{
    char *p = malloc(8), *q = malloc(8);
    *x = NULL;
    *y = NULL;
    if (!p || !q) {
        free(p);
        free(q);
        p = q = NULL;
        return;
    }
    *x = p;
    *y = q;
}
