#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* goto cleanup that jumps to the wrong label skips a release; the value is
 * lost at the return under the labels (the goto itself stays in scope). */

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
    out = fopen(dst, "wb");                 // expect-note: allocated here
    if (!out)
        goto fail_in;
    buf = malloc(4096);
    if (!buf)
        goto fail_in;
    while ((n = fread(buf, 1, 4096, in)) > 0) {
        if (fwrite(buf, 1, n, out) != n)
            goto fail_buf;
    }
    rc = 0;
fail_buf:
    free(buf);
    fclose(out);
fail_in:
    fclose(in);
fail:
    return rc;                              // expect: leak
}
