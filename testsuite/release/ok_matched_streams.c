#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Every kind of stream with its own release: fopen, tmpfile and fdopen with
 * fclose, popen with pclose. */

int file_byte(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int c = fgetc(f);
    fclose(f);
    return c;
}

void scratch(void)
{
    FILE *t = tmpfile();
    if (!t)
        return;
    fputs("tmp\n", t);
    fclose(t);
}

void wrap_fd(int fd)
{
    FILE *f = fdopen(fd, "w");
    if (!f)
        return;
    fputs("fd\n", f);
    fclose(f);
}

int pipe_byte(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    int c = fgetc(p);
    pclose(p);
    return c;
}
