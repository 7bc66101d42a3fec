#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A stream from fopen released with free. */

int first_byte(const char *path)
{
    FILE *fp = fopen(path, "rb");           // expect-note: allocated here
    if (!fp)
        return -1;
    int c = fgetc(fp);
    free(fp);                               // expect: mismatched-release
    return c;
}

void tmp_freed(void)
{
    FILE *t = tmpfile();
    if (!t)
        return;
    fputs("scratch\n", t);
    free(t);                                // expect: mismatched-release
}
