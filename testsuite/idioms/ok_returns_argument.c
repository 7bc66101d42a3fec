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
