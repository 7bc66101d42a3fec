#include <ownck.h>
#include <stdio.h>

/* ||: when fputs succeeds, fclose has already run when the block is entered. */

int write_all(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    if (fputs("x\n", f) < 0 || fclose(f) != 0) {
        fclose(f);                      // expect: double-free
        return -1;
    }
    return 0;
}
