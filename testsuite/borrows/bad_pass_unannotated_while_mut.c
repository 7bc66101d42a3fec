#include <ownck.h>
#include <stdlib.h>

/* use-while-mut-borrowed: passing the owner to an unannotated (unchecked)
 * parameter is a use of it; while an exclusive borrow is live that is
 * reported at the argument. */

void legacy_print(const char *s);
void fill(BORROW_MUT char *buf, size_t n);

void legacy_while_exclusive(void)
{
    OWNED char *p = calloc(8, 1);
    if (!p)
        return;
    BORROW_MUT char *w = p;
    legacy_print(p);                // expect: use-while-mut-borrowed
    fill(w, 8);
    free(p);
}

void legacy_int_while_exclusive(void)
{
    int x = 0;
    BORROW_MUT int *w = &x;
    legacy_print((const char *)&x); // expect: use-while-mut-borrowed
    *w = 1;
}
