#include <ownck.h>
#include <stddef.h>

/* What the caller handed in outlives the call: returning it, an offset into
 * it, or an element of it is fine, annotated or not. */
const char *skip_blanks(const char *s)
{
    while (*s == ' ')
        s++;
    return s;
}

BORROW const char *after_prefix(BORROW const char *s, size_t n)
{
    return s + n;
}

BORROW_MUT int *element(BORROW_MUT int *v, size_t i)
{
    return &v[i];
}

const char *last_char(const char *s)
{
    const char *p = s;
    while (p[0] != '\0' && p[1] != '\0')
        p++;
    return p;
}
