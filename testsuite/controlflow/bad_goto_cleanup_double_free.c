#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* The goto-cleanup idiom with an extra release before the jump. */

int validate(BORROW const char *s);

int load(const char *path)
{
    int rc = -1;
    char *buf = malloc(128);
    if (!buf)
        return -1;
    FILE *f = fopen(path, "r");
    if (!f)
        goto fail;
    if (!fgets(buf, 128, f)) {
        fclose(f);
        goto fail;
    }
    fclose(f);
    if (!validate(buf)) {
        free(buf);                      // expect-note: released here
        goto fail;
    }
    rc = 0;
fail:
    free(buf);                          // expect: double-free
    return rc;
}
