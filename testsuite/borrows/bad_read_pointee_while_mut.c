#include <ownck.h>
#include <stdlib.h>

/* use-while-mut-borrowed: reading the owner's pointee (p[0], *p) while an
 * exclusive borrow of it is live. */

void fill(BORROW_MUT char *buf, size_t n);

char peek_while_filling(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return 0;
    BORROW_MUT char *w = p;
    char c = p[0];                  // expect: use-while-mut-borrowed
    fill(w, 8);
    free(p);
    return c;
}

int deref_while_borrowed(BORROW_MUT int *r)
{
    BORROW_MUT int *r2 = r;
    int v = *r;                     // expect: use-while-mut-borrowed
    *r2 = v;
    return 0;
}
