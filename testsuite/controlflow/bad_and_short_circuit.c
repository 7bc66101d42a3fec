#include <ownck.h>
#include <stdio.h>

/* &&: fclose runs only when final is set, and then the stream is closed. */

int save(const char *path, int final)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("data\n", f);
    if (final && fclose(f) != 0)        // expect-note: released here
        return -1;
    return fclose(f);                   // expect: double-free
}
