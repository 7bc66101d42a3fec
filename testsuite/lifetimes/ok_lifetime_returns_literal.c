#include <ownck.h>
#include <stddef.h>

/* A string literal outlives any lifetime, so a function tied to its argument
 * may still return one (Rust: 'static outlives 'a). */
BORROW LIFETIME(a) const char *
or_default(BORROW LIFETIME(a) const char *s)
{
    return s ? s : "default";
}

static const char g_empty[] = "";

BORROW const char *
first_word(BORROW const char *s)
{
    if (s[0] == '\0')
        return g_empty;
    return s;
}
