#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Mirrors rust-lang/rust tests/ui/nll/process_or_insert_default.rs (run-pass,
 * NLL problem case #2). Adapted: HashMap<usize, String> is an opaque struct
 * map; get_mut returns a BORROW_MUT tied by elision to its single borrowed
 * parameter, or NULL for None; insert takes the key and an OWNED string;
 * `"".to_string()` is strdup(""). Same verdict: accepted, because the
 * borrow returned by get_mut is dead in the None branch. */

struct map;

BORROW_MUT char *map_get_mut(BORROW_MUT struct map *m, size_t key);
void map_insert(BORROW_MUT struct map *m, size_t key, OWNED char *value);
void process(BORROW const char *x);

void process_or_insert_default(BORROW_MUT struct map *map, size_t key)
{
    BORROW_MUT char *value = map_get_mut(map, key);
    if (value != NULL) {
        process(value);
    } else {
        OWNED char *s = strdup("");
        if (!s)
            return;
        map_insert(map, key, s);
    }
}
