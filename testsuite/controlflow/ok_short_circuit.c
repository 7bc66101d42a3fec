#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* && and ||: the right operand runs only on some paths. */

int nonempty_copy(BORROW const char *s)
{
    char *p = strdup(s);
    if (p == NULL || p[0] == '\0') {
        free(p);
        return 0;
    }
    int r = p[0];
    free(p);
    return r;
}

int flush_then_close(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    int rc = 0;
    if (fputs("x\n", f) < 0 || fflush(f) != 0)
        rc = -1;
    if (fclose(f) != 0)
        rc = -1;
    return rc;
}

void both_or_neither(size_t n)
{
    char *a = malloc(n);
    char *b = malloc(n);
    if (a && b) {
        memset(a, 0, n);
        memcpy(b, a, n);
    }
    free(a);
    free(b);
}

int close_if_final(const char *path, int final)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("data\n", f);
    if (final && fclose(f) != 0)
        return -1;
    if (!final)
        fclose(f);
    return 0;
}
