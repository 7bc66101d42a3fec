#include <ownck.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* A directory stream from opendir released with free. */

int count_entries(const char *path)
{
    DIR *d = opendir(path);                 // expect-note: allocated here
    if (!d)
        return -1;
    int n = 0;
    while (readdir(d) != NULL)
        n++;
    free(d);                                // expect: mismatched-release
    return n;
}
