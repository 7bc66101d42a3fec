#include <ownck.h>
#include <stdlib.h>

/* Unannotated malloc memory: dereferencing after free. */

void write_after_free(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    p[0] = 'a';
    free(p);                            // expect-note: released here
    p[1] = 'b';                         // expect: use-after-free
}

int read_after_free(void)
{
    int *v = malloc(sizeof *v);
    if (!v)
        return -1;
    *v = 42;
    free(v);
    return *v;                          // expect: use-after-free
}
