#include <stdlib.h>
#include <string.h>

/* A callee that never reads *out before it stores to it, but may return
 * without storing (on failure, on an early exit): &p of a freed p handed
 * to it is no use of the freed block, whatever it then does (7.35's write,
 * inferred; clang's and GCC's analyzers do not report it either). After
 * the call p holds what the callee may have stored: freeing it on the
 * success side is fine. mosquitto's dynamic-security clients.c and
 * conf.c, hiredis's redisFormatCommand. */

static int decode(const char *in, char **out)
{
    if (!in[0])
        return 1;
    *out = strdup(in);
    return *out ? 0 : 1;
}

static int maybe(int c, char **out)
{
    if (c)
        *out = strdup("x");
    return c;
}

static int forwards(int c, char **out)
{
    return maybe(c, out);
}

static int reset(int fd, char **out)
{
    if (fd < 0)
        return 0;
    *out = NULL;
    return 1;
}

int in_sequence(const char *a, const char *b)
{
    char *buf;
    if (decode(a, &buf) != 0)
        return 1;
    free(buf);
    if (decode(b, &buf) != 0)
        return 1;
    free(buf);
    return 0;
}

void in_loop(const char **v, int n)
{
    char *buf;
    for (int i = 0; i < n; i++) {
        if (decode(v[i], &buf) != 0)
            continue;
        free(buf);
    }
}

void others(int c, int fd)
{
    char *p = strdup("a"), *q = strdup("b"), *r = malloc(4);
    free(p);
    if (maybe(c, &p))
        free(p);
    free(q);
    if (forwards(c, &q))
        free(q);
    free(r);
    reset(fd, &r);
}
