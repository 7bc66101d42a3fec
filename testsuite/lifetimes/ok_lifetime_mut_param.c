#include <ownck.h>
#include <stddef.h>
#include <string.h>

/* A BORROW_MUT result tied by LIFETIME to the table, not to the key. */
struct entry { char key[16]; int value; };
struct table { struct entry e[8]; size_t len; };

BORROW_MUT LIFETIME(t) int *
slot_for(BORROW_MUT LIFETIME(t) struct table *t, BORROW const char *key)
{
    for (size_t i = 0; i < t->len; i++)
        if (strcmp(t->e[i].key, key) == 0)
            return &t->e[i].value;
    return NULL;
}

void bump(BORROW_MUT struct table *t, BORROW_MUT char *key)
{
    BORROW_MUT int *v = slot_for(t, key);
    key[0] = '\0';
    if (v)
        (*v)++;
}
