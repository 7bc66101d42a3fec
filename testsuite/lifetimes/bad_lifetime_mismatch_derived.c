#include <ownck.h>

/* lifetime-mismatch: what is derived from a parameter (a field's array, an
 * offset, a copy walked forward) has that parameter's lifetime. */
struct entry { char key[16]; char value[48]; };

BORROW LIFETIME(e) const char *
value_or_default(BORROW LIFETIME(e) const struct entry *e,
                 BORROW const struct entry *def)
{
    if (e->value[0] != '\0')
        return e->value;
    return def->value;                  // expect: lifetime-mismatch
}

BORROW LIFETIME(a) const char *
tail(BORROW LIFETIME(a) const char *s, BORROW LIFETIME(b) const char *t)
{
    if (s[0] == '\0')
        return s;
    return t + 1;                       // expect: lifetime-mismatch
}

BORROW LIFETIME(a) const char *
skip_spaces_of(BORROW LIFETIME(a) const char *s, BORROW LIFETIME(b) const char *t)
{
    const char *p = t;
    while (*p == ' ')
        p++;
    if (*p == '\0')
        return s;
    return p;                           // expect: lifetime-mismatch
}
