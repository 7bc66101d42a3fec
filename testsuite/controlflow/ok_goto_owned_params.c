#include <ownck.h>
#include <stdlib.h>

/* OWNED parameters consumed on every path through goto error labels. */

void queue_push(OWNED char *m);
int accept_pair(BORROW const char *k, BORROW const char *v);

int store(OWNED char *key, OWNED char *val)
{
    if (!key)
        goto fail_val;
    if (!val)
        goto fail_key;
    if (!accept_pair(key, val))
        goto fail_key;
    queue_push(key);
    queue_push(val);
    return 0;
fail_key:
    free(key);
fail_val:
    free(val);
    return -1;
}
