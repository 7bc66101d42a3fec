#include <ownck.h>
#include <string.h>

/* lifetime-mismatch (E0621/E0623): the result has the key's lifetime, but one
 * path returns the other argument. The caller may free the fallback while it
 * still holds the result. */
BORROW LIFETIME(a) const char *
key_or(BORROW LIFETIME(a) const char *key,
       BORROW LIFETIME(b) const char *fallback)     // expect-note: declared here
{
    if (key[0] != '\0')
        return key;
    return fallback;                                // expect: lifetime-mismatch
}

/* A parameter without LIFETIME has a lifetime of its own (elision rule 1). */
BORROW LIFETIME(a) const char *
value_of(BORROW LIFETIME(a) const char *line, BORROW const char *sep)
{
    const char *at = strstr(line, sep);
    if (!at)
        return sep;                                 // expect: lifetime-mismatch
    return at + strlen(sep);
}
