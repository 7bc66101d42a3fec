#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* goto cleanup with one label: every owner starts NULL, free(NULL) is fine
 * and the stream is closed only when it was opened. */

int process(const char *path)
{
    int rc = -1;
    char *a = NULL;
    char *b = NULL;
    FILE *fp = NULL;

    a = malloc(16);
    if (!a)
        goto cleanup;
    b = malloc(16);
    if (!b)
        goto cleanup;
    fp = fopen(path, "r");
    if (!fp)
        goto cleanup;
    if (!fgets(a, 16, fp))
        goto cleanup;
    strcpy(b, a);
    rc = 0;
cleanup:
    if (fp)
        fclose(fp);
    free(b);
    free(a);
    return rc;
}
