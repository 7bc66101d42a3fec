#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* An OWNED parameter released, moved or returned exactly once on each path. */

void queue_push(OWNED char *m);
void log_str(BORROW const char *s);

OWNED char *pass_through(OWNED char *s, int upper)
{
    if (s == NULL)
        return NULL;
    if (upper && s[0] >= 'a' && s[0] <= 'z')
        s[0] = (char)(s[0] - 'a' + 'A');
    return s;
}

void route(OWNED char *s, int mode)
{
    if (!s)
        return;
    log_str(s);
    if (mode == 0) {
        free(s);
        return;
    }
    if (mode == 1) {
        queue_push(s);
        return;
    }
    OWNED char *copy = pass_through(s, 1);
    free(copy);
}
