#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 4 (Null): an owner that is NULL on a path owes nothing on that path. */

void bang_check(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 'x';
    free(p);
}

int eq_null_check(void)
{
    char *p = calloc(4, 4);
    if (p == NULL)
        return -1;
    p[1] = 1;
    free(p);
    return 0;
}

void nonnull_branch(void)
{
    char *p = strdup("hello");
    if (p != NULL) {
        puts(p);
        free(p);
    }
}

void truthy_branch(const char *path)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs("x\n", f);
        fclose(f);
    }
}

void free_null_is_fine(void)
{
    char *p = NULL;
    free(p);
}
