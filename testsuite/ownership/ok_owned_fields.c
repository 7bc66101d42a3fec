#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Moves into and out of OWNED fields. */

struct entry {
    OWNED char *key;
    int val;
};

int local_entry(void)
{
    struct entry e = { NULL, 0 };
    OWNED char *k = strdup("key");
    if (!k)
        return -1;
    e.key = k;
    k = NULL;
    e.val = (int)strlen(e.key);
    free(e.key);
    return e.val;
}

void set_key(struct entry *e, BORROW const char *s)
{
    OWNED char *k = strdup(s);
    if (!k)
        return;
    e->key = k;
}

OWNED char *take_key(struct entry *e)
{
    OWNED char *k = e->key;
    e->key = NULL;
    return k;
}
