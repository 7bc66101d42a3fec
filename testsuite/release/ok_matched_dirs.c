#include <ownck.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* Directory streams closed with closedir. */

int count(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

int count_fd(int fd)
{
    DIR *d = fdopendir(fd);
    if (d == NULL)
        return -1;
    rewinddir(d);
    int n = readdir(d) != NULL;
    closedir(d);
    return n;
}
