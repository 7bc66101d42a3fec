#include <stdlib.h>
#include <string.h>

/* realloc's result stored where ownck does not follow it (an out-parameter,
 * a field through a pointer), and tested there: when it is NULL the old
 * block is still the caller's to use (tmux's stravis: *outp = realloc(buf,
 * n); if (*outp == NULL) *outp = buf;). Whether realloc released it is that
 * value's to say, so ownck does not claim it. */

int grow_into_out(char **outp, size_t n)
{
    char *buf = malloc(n);
    if (buf == NULL)
        return -1;
    memset(buf, 0, n);
    *outp = realloc(buf, n + 1);
    if (*outp == NULL)
        *outp = buf;
    return 0;
}

struct text { char *data; size_t len; };

int grow_field(struct text *t, size_t n)
{
    char *old = malloc(n);
    if (!old)
        return -1;
    t->data = realloc(old, 2 * n);
    if (t->data == NULL) {
        t->data = old;
        return -1;
    }
    t->len = 2 * n;
    return 0;
}
