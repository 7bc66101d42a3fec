#include <ownck.h>
#include <stddef.h>

/* Search with a shared cursor, then mutate after the search: the cursor's
 * loans end with its last use in the loop, and the insertion happens only
 * on the path where it is no longer used. */

struct table { int keys[16]; size_t len; };

void table_insert(BORROW_MUT struct table *t, int key);
int table_key(BORROW const int *slot);

int find_or_insert(BORROW_MUT struct table *t, int key)
{
    BORROW const int *slot = NULL;
    for (size_t i = 0; i < t->len; i++) {
        slot = &t->keys[i];
        if (table_key(slot) == key)
            return table_key(slot);
    }
    table_insert(t, key);           /* slot is dead on this path */
    return key;
}
