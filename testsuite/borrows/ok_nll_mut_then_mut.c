#include <ownck.h>
#include <stdlib.h>

/* Two exclusive borrows of the same place, one after the other in the same
 * block: the first is dead before the second is created. rustc accepts
 * `let a = &mut x; *a = 1; let b = &mut x; *b = 2;`. */

void bump(BORROW_MUT int *p);

int sequential_exclusive(void)
{
    int x = 0;
    BORROW_MUT int *a = &x;
    *a = 1;
    bump(a);                        /* last use of a */
    BORROW_MUT int *b = &x;         /* fine: a is dead */
    *b += 1;
    bump(b);
    return x;
}

void sequential_exclusive_heap(void)
{
    OWNED int *p = malloc(sizeof *p);
    if (!p)
        return;
    BORROW_MUT int *a = p;
    *a = 1;
    BORROW_MUT int *b = p;          /* fine: a is dead */
    *b = 2;
    bump(b);
    free(p);
}
