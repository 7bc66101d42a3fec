#include <ownck.h>
#include <stdio.h>

/* Using a FILE after fclose. */

void log_line(const char *path, const char *msg)
{
    FILE *f = fopen(path, "a");
    if (!f)
        return;
    fclose(f);
    fprintf(f, "%s\n", msg);            // expect: use-after-free
}

long size_after_close(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    fseek(f, 0, SEEK_END);
    fclose(f);
    return ftell(f);                    // expect: use-after-free
}
