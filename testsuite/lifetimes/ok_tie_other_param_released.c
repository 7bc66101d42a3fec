#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* The result is tied to the dict only (LIFETIME(d)); the key argument is
 * free as soon as the call returns, so releasing it while the result is
 * still used is fine. */
struct dict;
BORROW LIFETIME(d) const char *dict_get(BORROW LIFETIME(d) const struct dict *d,
                                        BORROW const char *key);
void log_str(BORROW const char *s);

void lookup_copy(BORROW const struct dict *d, BORROW const char *name)
{
    OWNED char *key = strdup(name);
    if (!key)
        return;
    BORROW const char *v = dict_get(d, key);
    free(key);
    if (v)
        log_str(v);
}
