#include <ownck.h>
#include <ctype.h>
#include <string.h>

/* A function whose result borrows from its parameter (by LIFETIME or by
 * elision) must return something borrowed from that parameter: a local
 * buffer is return-local-ref, not a lifetime mismatch. */
BORROW LIFETIME(a) const char *trimmed(BORROW LIFETIME(a) const char *s)
{
    char copy[64];                      // expect-note: declared here
    size_t n = strlen(s);
    if (n >= sizeof copy)
        return s;
    memcpy(copy, s, n + 1);
    while (n > 0 && copy[n - 1] == ' ')
        copy[--n] = '\0';
    return copy;                        // expect: return-local-ref
}

BORROW const char *upper(BORROW const char *s)
{
    char out[32];
    size_t i = 0;
    for (; s[i] && i + 1 < sizeof out; i++)
        out[i] = (char)toupper((unsigned char)s[i]);
    out[i] = '\0';
    return out;                         // expect: return-local-ref
}
