#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocation-failure checks that jump to an error label. */

int load(const char *path)
{
    char *buf = NULL;
    FILE *fp = NULL;

    buf = malloc(256);
    if (buf == NULL)
        goto fail;
    fp = fopen(path, "r");
    if (fp == NULL)
        goto fail_buf;
    if (!fgets(buf, 256, fp))
        goto fail_fp;
    puts(buf);
    fclose(fp);
    free(buf);
    return 0;
fail_fp:
    fclose(fp);
fail_buf:
    free(buf);
fail:
    return -1;
}

char *join(const char *a, const char *b)
{
    size_t la = strlen(a);
    size_t lb = strlen(b);
    char *out = malloc(la + lb + 1);
    if (!out)
        goto oom;
    memcpy(out, a, la);
    memcpy(out + la, b, lb + 1);
    return out;
oom:
    fputs("out of memory\n", stderr);
    return NULL;
}
