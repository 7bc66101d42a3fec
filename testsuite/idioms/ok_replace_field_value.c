#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Replacing the value of an OWNED field: release the old value (or move it
 * out first), then store the new one. */

struct entry {
    OWNED char *key;
    OWNED char *value;
};

void entry_free(OWNED struct entry *e)
{
    if (!e)
        return;
    free(e->key);
    free(e->value);
    free(e);
}

void rename_twice(void)
{
    OWNED struct entry *e = calloc(1, sizeof *e);
    if (!e)
        return;
    e->key = strdup("first");
    free(e->key);
    e->key = strdup("second");
    OWNED char *old = e->value;
    e->value = strdup("v");
    free(old);
    entry_free(e);
}
