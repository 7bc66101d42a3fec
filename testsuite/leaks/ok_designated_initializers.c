#include <stdlib.h>
#include <string.h>

/* Designated initializers store where they say (C11 6.7.9): `.name =
 * strdup(s)` fills the field name, `.inner.buf = ...` a nested field, `[1] =
 * malloc(n)` an element, and a positional initializer after a designated one
 * goes on with the next field. Each allocation here is released or handed
 * back; none is "never stored" (htop's Settings_newScreen). */

struct inner { char *buf; int n; };
struct screen { char *name; int flags; char *title; struct inner inner; };

struct screen *new_screen(const char *s)
{
    struct screen *ss = malloc(sizeof *ss);
    if (!ss)
        return NULL;
    *ss = (struct screen){ .name = strdup(s), .flags = 0 };
    return ss;
}

void local(const char *s)
{
    struct screen t = { .name = strdup(s) };
    free(t.name);
}

void nested_and_positional(const char *s)
{
    struct screen t = { .flags = 1, strdup(s), .inner.buf = malloc(8) };
    free(t.title);
    free(t.inner.buf);
}

void nested_braces(const char *s)
{
    struct screen t = { .inner = { .buf = strdup(s) } };
    free(t.inner.buf);
}

void element(void)
{
    char *v[2] = { [1] = malloc(4) };
    free(v[1]);
}
