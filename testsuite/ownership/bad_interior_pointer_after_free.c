#include <stdlib.h>

/* A local that points into a block (a member's address, a flexible array
 * member) dangles when the block is freed, as the block's own pointer does;
 * and it is not the block's start, so freeing through it is a free-offset
 * (ok_interior_address_in_local.c is the other side). */

struct header { size_t len; char data[]; };
struct node { int key; int value; };

void write_after_free(void)
{
    struct node *p = malloc(sizeof *p);
    if (!p)
        return;
    int *value = &p->value;
    free(p);
    *value = 1;                             // expect: use-after-free
}

char read_data_after_free(size_t n)
{
    struct header *h = malloc(sizeof *h + n + 1);
    if (!h)
        return 0;
    char *data = h->data;
    data[0] = 'x';
    free(h);
    return data[0];                         // expect: use-after-free
}

void free_through_member(void)
{
    struct node *p = malloc(sizeof *p);
    if (!p)
        return;
    int *value = &p->value;                 // expect-note: set here to a member's address
    free(value);                            // expect: free-offset
}
