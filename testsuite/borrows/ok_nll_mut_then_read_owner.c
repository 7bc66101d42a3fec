#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* NLL: once the last use of an exclusive borrow is behind, the owner may be
 * read again, although the borrowing variable is still in scope. */

void fill(BORROW_MUT char *buf, size_t n);

size_t write_then_read(void)
{
    OWNED char *p = malloc(16);
    if (!p)
        return 0;
    BORROW_MUT char *w = p;
    fill(w, 16);
    w[15] = '\0';                   /* last use of w */
    size_t n = strlen(p);           /* reading the owner: fine now */
    char c = p[0];
    free(p);
    return n + (size_t)c;
}

int int_borrow_then_read(void)
{
    int x = 1;
    BORROW_MUT int *r = &x;
    *r += 41;                       /* last use of r */
    int y = x;                      /* fine */
    return y;
}
