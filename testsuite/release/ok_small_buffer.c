#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The small-buffer idiom (Redis's sdscatvprintf, cluster.c, t_stream.c):
 * a pointer starts at a local array and moves to the heap only when that
 * is too small, and is released only where it is not the array. On the
 * unequal side of p != buf, p is not buf's address; on the equal side it
 * holds no allocation. */

int render(size_t n, const char *src)
{
    char staticbuf[64], *buf = staticbuf;
    if (n > sizeof(staticbuf)) {
        buf = malloc(n);
        if (buf == NULL)
            return -1;
    }
    memcpy(buf, src, n);
    int r = buf[0];
    if (buf != staticbuf)
        free(buf);
    return r;
}

int render_reversed(size_t n)
{
    char small[32];
    char *p = n <= sizeof small ? small : malloc(n);
    if (!p)
        return -1;
    memset(p, 0, n);
    if (small == p)
        return 0;
    free(p);
    return 1;
}

long ids(int count)
{
    long static_ids[8], *v = static_ids;
    if (count > 8)
        v = malloc(sizeof(long) * (size_t)count);
    if (v == NULL)
        return -1;
    for (int i = 0; i < count; i++)
        v[i] = i;
    long last = count ? v[count - 1] : 0;
    if (v != static_ids)
        free(v);
    return last;
}

int formatted(const char *fmt, ...)
{
    char stackbuf[128], *out = stackbuf;
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(stackbuf, sizeof stackbuf, fmt, ap);
    va_end(ap);
    if (len < 0)
        return -1;
    if ((size_t)len >= sizeof stackbuf) {
        out = malloc((size_t)len + 1);
        if (!out)
            return -1;
        va_start(ap, fmt);
        vsnprintf(out, (size_t)len + 1, fmt, ap);
        va_end(ap);
    }
    int first = out[0];
    if (out != stackbuf)
        free(out);
    return first;
}
