#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* The goto-cleanup idiom with one label per resource. */

int first_line_length(const char *path)
{
    int rc = -1;
    char *buf = NULL;
    FILE *fp = fopen(path, "r");
    if (!fp)
        goto out;
    buf = malloc(64);
    if (!buf)
        goto out_close;
    if (!fgets(buf, 64, fp))
        goto out_free;
    rc = (int)buf[0];
out_free:
    free(buf);
out_close:
    fclose(fp);
out:
    return rc;
}
