#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Out-parameters that every path stores to before touching them otherwise:
 * on two branches (tmux's args_strtonum: *cause = xstrdup(..) or *cause =
 * NULL), after a test of the pointer itself, or by handing them on to a
 * callee that stores them (tmux's xasprintf -> xvasprintf -> vasprintf; a
 * path that aborts does not return). &p of a freed p handed there is a
 * write of p, not a use (7.35, inferred). */

static void either(int c, char **out)
{
    if (c)
        *out = strdup("x");
    else
        *out = strdup("y");
}

static int checked(char **out, const char *s)
{
    if (out == NULL)
        abort();
    *out = strdup(s);
    return *out != NULL;
}

static void xvasprintf(char **ret, const char *fmt, va_list ap)
{
    if (vasprintf(ret, fmt, ap) < 0)
        abort();
}

static void xasprintf(char **ret, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xvasprintf(ret, fmt, ap);
    va_end(ap);
}

/* hiredis's redisReaderGetReply: if (reply != NULL) *reply = NULL; first.
 * A caller that hands &p never takes the side where reply is NULL. */
static int guarded(void **reply)
{
    if (reply != NULL)
        *reply = NULL;
    if (rand() && reply != NULL)
        *reply = malloc(8);
    return 0;
}

void reuse_guarded(void)
{
    void *r;
    guarded(&r);
    free(r);
    guarded(&r);
    free(r);
}

void reuse(int c)
{
    char *p;
    either(c, &p);
    free(p);
    either(!c, &p);
    free(p);
    if (checked(&p, "z"))
        free(p);
    xasprintf(&p, "%d", c);
    free(p);
    xasprintf(&p, "%d", c + 1);
    free(p);
}
