#include <ownck.h>
#include <string.h>

/* The result is tied to `hay` by LIFETIME(a), and every return gives back
 * something borrowed from hay: a lifetime per parameter, as Rust's
 * `fn find<'a>(hay: &'a str, needle: &str) -> &'a str`. */
BORROW LIFETIME(a) const char *
find_or_end(BORROW LIFETIME(a) const char *hay, BORROW const char *needle)
{
    const char *at = strstr(hay, needle);
    if (at)
        return at;
    return hay + strlen(hay);
}

BORROW LIFETIME(a) const char *
value_part(BORROW LIFETIME(a) const char *line, BORROW LIFETIME(b) const char *sep)
{
    const char *at = strstr(line, sep);
    if (!at)
        return line;
    return at + strlen(sep);
}
