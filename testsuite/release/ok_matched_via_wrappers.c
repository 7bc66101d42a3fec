#include <ownck.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Release wrappers defined in this file release with the right function. */

void file_close(FILE *f)
{
    fclose(f);
}

void mem_free(void *p)
{
    free(p);
}

void dir_close(DIR *d)
{
    closedir(d);
}

int first(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int c = fgetc(f);
    file_close(f);
    return c;
}

void buffer(void)
{
    char *b = malloc(8);
    if (!b)
        return;
    b[0] = 'b';
    mem_free(b);
}

int listing(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int any = readdir(d) != NULL;
    dir_close(d);
    return any;
}
