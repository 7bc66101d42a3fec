#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* Statement macros: diagnostics point at the line where the macro is used. */

#define SAFE_FREE(p) do { free(p); } while (0)   /* forgets to clear p */
#define CLOSE_STREAM(f) do { if ((f) != NULL) fclose(f); } while (0)

void release_twice(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    SAFE_FREE(p);
    SAFE_FREE(p);                       // expect: double-free
}

void write_after_close(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    CLOSE_STREAM(f);
    fputs("late\n", f);                 // expect: use-after-free
}
