#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The single cleanup label forgets one of the resources. */

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
    if (fgets(a, 16, fp))
        strcpy(b, a);
    fclose(fp);
    rc = 0;
cleanup:
    free(a);
    return rc;                              // expect: leak
}
