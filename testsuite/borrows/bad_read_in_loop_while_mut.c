#include <ownck.h>
#include <stdlib.h>

/* An exclusive borrow made before a loop and used after it covers the whole
 * loop: reading the owner in the body is use-while-mut-borrowed
 * (rustc: borrowck-lend-flow-loop's block_overarching_alias_mut). */

int more(void);
void legacy_read(const int *p);

void overarching(void)
{
    OWNED int *v = malloc(sizeof *v);
    if (!v)
        return;
    *v = 3;
    BORROW_MUT int *x = v;
    for (int i = 0; i < 3; i++)
        legacy_read(v);             // expect: use-while-mut-borrowed
    *x = 5;
    free(v);
}
