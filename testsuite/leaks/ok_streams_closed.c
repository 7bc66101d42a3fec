#include <ownck.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* Streams and directories closed on every path. */

int first_byte(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    int c = fgetc(fp);
    fclose(fp);
    return c;
}

int count_entries(const char *path)
{
    DIR *d = opendir(path);
    if (d == NULL)
        return -1;
    int n = 0;
    while (readdir(d) != NULL) {
        if (n > 1000) {
            closedir(d);
            return n;
        }
        n++;
    }
    closedir(d);
    return n;
}

int run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    int c = fgetc(p);
    pclose(p);
    return c;
}
