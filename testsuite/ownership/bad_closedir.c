#include <ownck.h>
#include <dirent.h>
#include <stdlib.h>

/* closedir releases what opendir returned. */

int count_entries(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int n = 0;
    while (readdir(d) != NULL)
        n++;
    closedir(d);
    closedir(d);                        // expect: double-free
    return n;
}

int has_first_entry(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    closedir(d);
    struct dirent *e = readdir(d);      // expect: use-after-free
    return e != NULL;
}
