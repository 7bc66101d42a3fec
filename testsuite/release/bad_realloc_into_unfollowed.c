#include <stdlib.h>

/* The realloc of ok_realloc_into_unfollowed.c with its result kept in a
 * local, which ownck follows: the old block used after a successful
 * realloc is still reported, and so is releasing it twice. */

int use_old_after_success(char **outp, size_t n)
{
    char *buf = malloc(n);
    if (buf == NULL)
        return -1;
    char *bigger = realloc(buf, n + 1);
    if (bigger == NULL) {
        free(buf);
        return -1;
    }
    buf[0] = 0;                         // expect: use-after-free
    *outp = bigger;
    return 0;
}

void released_twice(size_t n)
{
    char *buf = malloc(n);
    char *bigger = realloc(buf, n + 1);
    if (bigger == NULL) {
        free(buf);
        return;
    }
    free(buf);                          // expect: double-free
    free(bigger);
}
