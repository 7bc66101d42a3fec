#include <ownck.h>
#include <stdlib.h>

/* Borrows of fields of an OWNED struct: disjoint exclusive borrows, then the
 * struct is released once every borrow has ended. */

struct conn { int in_fd; int out_fd; char name[16]; };

void relay(BORROW_MUT int *from, BORROW_MUT int *to);
void set_name(BORROW_MUT char *name);

void split_and_release(void)
{
    OWNED struct conn *c = calloc(1, sizeof *c);
    if (!c)
        return;
    BORROW_MUT int *reader = &c->in_fd;
    BORROW_MUT int *writer = &c->out_fd;
    relay(reader, writer);
    set_name(c->name);              /* a third, disjoint field */
    relay(writer, reader);          /* last uses */
    free(c);                        /* fine */
}
