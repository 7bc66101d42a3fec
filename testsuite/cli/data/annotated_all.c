/* Input for the CLI tests: uses every macro of ownck.h (OWNED, BORROW,
 * BORROW_MUT, OUT_OWNED, LIFETIME(a)); correct code. annotations_compile_away.sh
 * compiles it with and without the annotations and compares the object code. */
#include <ownck.h>
#include <stdlib.h>
#include <string.h>

OWNED char *str_dup(BORROW const char *s);
void        str_free(OWNED char *s);
size_t      str_len(BORROW const char *s);
void        str_upper(BORROW_MUT char *s);
BORROW LIFETIME(a) const char *
            str_find(BORROW LIFETIME(a) const char *hay, BORROW const char *needle);
int         str_make(OUT_OWNED char **out, BORROW const char *s);
int         demo(void);

int table[4] = {1, 2, 3, 4};

OWNED char *str_dup(BORROW const char *s)
{
    size_t n = strlen(s) + 1;
    OWNED char *d = malloc(n);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    return d;
}

void str_free(OWNED char *s)
{
    free(s);
}

size_t str_len(BORROW const char *s)
{
    return strlen(s);
}

void str_upper(BORROW_MUT char *s)
{
    for (size_t i = 0; s[i]; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = (char)(s[i] - 'a' + 'A');
}

BORROW LIFETIME(a) const char *
str_find(BORROW LIFETIME(a) const char *hay, BORROW const char *needle)
{
    return strstr(hay, needle);
}

int str_make(OUT_OWNED char **out, BORROW const char *s)
{
    *out = str_dup(s);
    return *out != NULL;
}

int demo(void)
{
    OWNED char *s = NULL;
    if (!str_make(&s, "hello world"))
        return -1;
    str_upper(s);
    BORROW const char *w = str_find(s, "WORLD");
    int found = w != NULL;
    int n = (int)str_len(s) + table[found];
    str_free(s);
    return n;
}
