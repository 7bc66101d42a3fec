#include <ownck.h>
#include <stdlib.h>

/* A nested call that may free what an earlier argument points into: the
 * first argument's shared loan of *a lasts for the whole outer call, and the
 * second argument borrows the owning slot `a` exclusively meanwhile
 * (rustc: borrowck-bad-nested-calls-free). */

int add(BORROW const int *v, int w);
int rewrite(BORROW_MUT int **slot);

int nested(void)
{
    OWNED int *a = malloc(sizeof *a);
    if (!a)
        return 0;
    *a = 1;
    int n = add(a,
                rewrite(&a));       // expect: borrow-conflict
    free(a);
    return n;
}

int bump_and_get(BORROW_MUT int *p);

int nested_int(void)
{
    int x = 1;
    return add(&x,
               bump_and_get(&x));   // expect: borrow-conflict
}
