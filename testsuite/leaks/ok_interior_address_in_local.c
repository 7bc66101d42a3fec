#include <stdlib.h>
#include <string.h>

/* ok_interior_address_leaves.c's blocks, with the member's address kept in
 * a local first: a pointer into the block (a flexible array member, which
 * the allocator hands out instead of the header, as sds-style strings do,
 * or any other member) takes the block along wherever it goes, as the
 * address returned directly does. Nothing leaks here. */

struct header { size_t len; char data[]; };
struct node { int key; int value; };

char *new_buffer(size_t n)
{
    struct header *h = malloc(sizeof *h + n);
    if (!h)
        return NULL;
    h->len = n;
    char *data = h->data;
    memset(data, 0, n);
    return data;
}

int *new_value(int v)
{
    struct node *p = malloc(sizeof *p);
    if (!p)
        return NULL;
    p->key = 0;
    int *value = &p->value;
    *value = v;
    return value;
}

void new_buffer_out(char **out, size_t n)
{
    struct header *h = malloc(sizeof *h + n);
    if (!h)
        return;
    h->len = n;
    char *data = h->data;
    *out = data;
}

/* The pointer into the block is used while the block lives, then the block
 * is freed through its own pointer. */
int sum_then_free(void)
{
    struct node *p = malloc(sizeof *p);
    if (!p)
        return -1;
    int *value = &p->value;
    *value = 2;
    p->key = 1;
    int sum = p->key + *value;
    free(p);
    return sum;
}
