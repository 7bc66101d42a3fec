#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Storing into an OWNED field moves the value. */

struct entry {
    OWNED char *key;
    int val;
};

void fill_entry(struct entry *e)
{
    OWNED char *k = strdup("key");
    if (!k)
        return;
    e->key = k;                         // expect-note: moved here
    k[0] = 'K';                         // expect: use-after-move
}

int local_entry(void)
{
    struct entry e = { NULL, 0 };
    OWNED char *k = strdup("key");
    if (!k)
        return -1;
    e.key = k;
    int n = (int)strlen(k);             // expect: use-after-move
    free(e.key);
    return n;
}
