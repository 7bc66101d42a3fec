#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An "owned" flag set exactly when the pointer was allocated decides the
 * release: the pointer otherwise points to a static buffer or a borrowed
 * string that must not be freed. */

static char fallback[64];

void render(size_t n)
{
    char *p = fallback;
    int owned = 0;
    if (n > sizeof fallback) {
        p = malloc(n);
        if (!p)
            return;
        owned = 1;
    }
    memset(p, ' ', n - 1);
    p[n - 1] = '\0';
    puts(p);
    if (owned)
        free(p);
}

void print_name(const char *name, int upper)
{
    char *s = (char *)name;
    int must_free = 0;
    if (upper) {
        s = strdup(name);
        if (!s)
            return;
        must_free = 1;
        for (char *c = s; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
    }
    puts(s);
    if (must_free)
        free(s);
}
