#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Library functions that return one of their arguments (RETURNS_ARG in the
 * model): memcpy, memset, strcpy, strcat return dest, realpath and getcwd
 * the buffer given. Their result is that pointer, handed on or stored like
 * it (dash's lvp->text = memcpy(p, ...), jq's realpath(path, buf) then
 * free of the result). */

struct var { char *text; };

char *duplicate(const char *src, size_t n)
{
    char *p = malloc(n);
    if (!p)
        return NULL;
    return memcpy(p, src, n);
}

void keep_text(struct var *v, const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (!p)
        return;
    v->text = strcpy(p, s);
}

char *cleared(size_t n)
{
    char *p = malloc(n);
    return p ? memset(p, 0, n) : NULL;
}

char *resolve(const char *path)
{
    char *buf = malloc(PATH_MAX);
    if (!buf)
        return NULL;
    char *r = realpath(path, buf);
    if (!r) {
        free(buf);
        return NULL;
    }
    return r;
}

void freed_through_result(const char *path)
{
    char *buf = malloc(PATH_MAX);
    if (!buf)
        return;
    char *r = realpath(path, buf);
    if (r)
        free(r);
    else
        free(buf);
}

/* libyaml's STRING_INIT: memset's result, kept in a temporary until the end
 * of the statement, outlives the slot's next value (extend may replace
 * string.start): it is dest, and owns nothing of its own. */
struct str { char *start, *pointer, *end; };
struct ctx { int error; };
int extend(char **start, char **pointer, char **end);
#define STRING_INIT(c, s, n) \
    (((s).start = malloc(n)) ? ((s).pointer = (s).start, (s).end = (s).start + (n), memset((s).start, 0, (n)), 1) \
                             : ((c)->error = 1, 0))

int scan(struct ctx *c, size_t length, char **out)
{
    struct str string = {NULL, NULL, NULL};
    if (!STRING_INIT(c, string, 16))
        goto error;
    while ((size_t)(string.end - string.start) <= length) {
        if (!extend(&string.start, &string.pointer, &string.end)) {
            c->error = 1;
            goto error;
        }
    }
    *out = string.start;
    return 1;
error:
    free(string.start);
    return 0;
}
