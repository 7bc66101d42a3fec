#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* borrow-conflict: a shared borrow (a BORROW parameter, or a BORROW
 * variable) while an exclusive borrow is live. */

size_t str_len(BORROW const char *s);
void fill(BORROW_MUT char *buf, size_t n);

size_t shared_while_exclusive(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return 0;
    BORROW_MUT char *w = p;
    size_t n = str_len(p);          // expect: borrow-conflict
    fill(w, 8);
    free(p);
    return n;
}

int shared_var_while_exclusive(void)
{
    int x = 1;
    BORROW_MUT int *w = &x;
    BORROW const int *r = &x;       // expect: borrow-conflict
    *w = 2;
    return *r;
}
