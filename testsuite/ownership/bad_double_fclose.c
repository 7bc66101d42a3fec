#include <ownck.h>
#include <stdio.h>

/* fclose is the model's deallocator for fopen. */

int write_header(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("header\n", f);
    fclose(f);                          // expect-note: released here
    return fclose(f);                   // expect: double-free
}
