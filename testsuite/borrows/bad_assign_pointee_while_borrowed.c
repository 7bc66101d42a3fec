#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* assign-while-borrowed: writing the owner's pointee (p[i], *p) while a
 * borrow of it is live. */

void log_str(BORROW const char *s);
void fill(BORROW_MUT char *buf, size_t n);

void write_while_shared(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    BORROW const char *r = p;
    p[0] = 'x';                     // expect: assign-while-borrowed
    log_str(r);
    free(p);
}

void write_while_exclusive(void)
{
    OWNED int *p = malloc(sizeof *p);
    if (!p)
        return;
    BORROW_MUT int *w = p;
    *p = 1;                         // expect: assign-while-borrowed
    *w = 2;
    free(p);
}
