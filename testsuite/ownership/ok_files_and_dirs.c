#include <ownck.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* fopen/fclose and opendir/closedir, each released once on every path. */

int copy_first_line(const char *in, const char *out)
{
    char line[256];
    FILE *src = fopen(in, "r");
    if (!src)
        return -1;
    FILE *dst = fopen(out, "w");
    if (!dst) {
        fclose(src);
        return -1;
    }
    if (fgets(line, sizeof line, src))
        fputs(line, dst);
    fclose(dst);
    fclose(src);
    return 0;
}

int count_dir(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int n = 0;
    while (readdir(d))
        n++;
    rewinddir(d);
    closedir(d);
    return n;
}
