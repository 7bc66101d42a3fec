#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.36 for pointers: two tests of the same unchanged pointer (a parameter
 * the analysis does not follow, or an owner it does) select consistent
 * paths, as two tests of an int do. Each shape is from real code: mosquitto's
 * net_mosq.c and nano's browser.c (a parameter tested twice), curl's
 * tool_cb_hdr.c (an owner tested again at a shared exit). */

void maybe_copy(const char *c)
{
    char *b = NULL;
    if (c)
        b = malloc(10);
    if (c)
        free(b);
}

int open_it(const char *path)
{
    FILE *f = NULL;
    if (path != NULL)
        f = fopen(path, "r");
    if (path == NULL || f == NULL)
        return -1;
    fclose(f);
    return 0;
}

void shared_exit(const char *name)
{
    char *copy = NULL;
    FILE *u = fopen(name, "r");
    if (!u)
        goto out;
    copy = malloc(16);
    if (!copy)
        goto out;
    strcpy(copy, "x");
out:
    if (u) {
        fclose(u);
        free(copy);
    }
}
