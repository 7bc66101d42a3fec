#include <ownck.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* Directories from opendir and pipes from popen leak when never closed. */

int has_entries(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return 0;
    struct dirent *e = readdir(d);
    return e != NULL;                       // expect: leak
}

void run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return;
    fgetc(p);
}                                           // expect: leak
