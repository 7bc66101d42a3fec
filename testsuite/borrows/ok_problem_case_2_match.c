#include <ownck.h>
#include <stdlib.h>

/* NLL problem case #2 (conditional control flow): the borrowed result of
 * map_get_mut is used in one branch, and the other branch mutates the map.
 * Lexical lifetimes rejected this; NLL accepts it. */

struct map { void *buckets; size_t n; };

BORROW_MUT char *map_get_mut(BORROW_MUT struct map *m, int key);
void map_insert(BORROW_MUT struct map *m, int key, OWNED char *value);
void process(BORROW_MUT char *value);

void process_or_insert_default(BORROW_MUT struct map *m, int key)
{
    BORROW_MUT char *value = map_get_mut(m, key);
    if (value != NULL) {
        process(value);
    } else {
        OWNED char *fresh = calloc(1, 1);
        if (!fresh)
            return;
        map_insert(m, key, fresh);  /* fine: value is dead on this path */
    }
}
