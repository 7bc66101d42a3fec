#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A cleanup helper that releases several parameters releases each of them
 * for its callers. */

static void cleanup(char *a, char *b, FILE *f)
{
    free(a);
    free(b);
    if (f)
        fclose(f);
}

int work(const char *path)
{
    char *a = malloc(8);
    char *b = malloc(8);
    FILE *f = fopen(path, "r");
    int rc = -1;
    if (a && b && f) {
        a[0] = b[0] = '\0';
        rc = fgetc(f);
    }
    cleanup(a, b, f);
    return rc;
}
