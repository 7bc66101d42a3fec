#include <stdlib.h>

/* The other side of ok_first_member_address.c: a pointer to the first
 * member is the block, so dropping both leaks it, using it after the block
 * is freed is a use after free, and freeing both is a double free. Another
 * member's address is not the block's start: freeing it is a free-offset. */

struct base { int n; };
struct derived { struct base super; int *data; };

int forget(void)
{
    struct derived *this = malloc(sizeof *this);
    if (!this)
        return -1;
    struct base *pl = &this->super;
    pl->n = 0;
    return pl->n;                           // expect: leak
}

int read_after_free(void)
{
    struct derived *this = malloc(sizeof *this);
    if (!this)
        return -1;
    struct base *pl = &this->super;
    free(this);
    return pl->n;                           // expect: use-after-free
}

void free_twice(void)
{
    struct derived *this = malloc(sizeof *this);
    if (!this)
        return;
    struct base *pl = &this->super;
    free(this);
    free(pl);                               // expect: double-free
}

void free_second_member(void)
{
    struct derived *this = malloc(sizeof *this);
    if (!this)
        return;
    free(&this->data);                      // expect: free-offset
}
