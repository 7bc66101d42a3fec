#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* goto cleanup: one label per resource, released in reverse order. */

int copy_file(const char *src, const char *dst)
{
    int rc = -1;
    FILE *in;
    FILE *out;
    char *buf;
    size_t n;

    in = fopen(src, "rb");
    if (!in)
        goto fail;
    out = fopen(dst, "wb");
    if (!out)
        goto fail_in;
    buf = malloc(4096);
    if (!buf)
        goto fail_out;
    while ((n = fread(buf, 1, 4096, in)) > 0) {
        if (fwrite(buf, 1, n, out) != n)
            goto fail_buf;
    }
    rc = 0;
fail_buf:
    free(buf);
fail_out:
    fclose(out);
fail_in:
    fclose(in);
fail:
    return rc;
}

int three_buffers(size_t n)
{
    int rc = -1;
    char *a, *b, *c;

    a = malloc(n);
    if (!a)
        goto out;
    b = malloc(n);
    if (!b)
        goto free_a;
    c = malloc(n);
    if (!c)
        goto free_b;
    memset(a, 1, n);
    memset(b, 2, n);
    memset(c, 3, n);
    rc = 0;
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    return rc;
}
