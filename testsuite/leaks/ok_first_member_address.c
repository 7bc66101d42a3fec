#include <stdlib.h>

/* C's inheritance: a struct whose first member is its base. The address of
 * that member is the block's own address (C11 6.7.2.1p15), so a pointer
 * that holds it holds the block: returning it hands the block on, freeing
 * it, or &this->super itself, frees the block (htop's ProcessList_new: pl =
 * &this->super; ... return pl;). */

struct base { int n; };
struct derived { struct base super; int *data; };
struct deeper { struct derived d; int extra; };

struct base *new_derived(void)
{
    struct derived *this = calloc(1, sizeof *this);
    if (!this)
        abort();
    struct base *pl = &this->super;
    pl->n = 1;
    return pl;
}

struct base *new_deeper(void)
{
    struct deeper *this = malloc(sizeof *this);
    if (!this)
        return NULL;
    struct base *b = &this->d.super;
    b->n = 2;
    return b;
}

void drop_through_base(void)
{
    struct derived *this = malloc(sizeof *this);
    if (!this)
        return;
    struct base *pl = &this->super;
    pl->n = 0;
    free(pl);
}

void drop_first_member(void)
{
    struct derived *this = malloc(sizeof *this);
    if (!this)
        return;
    free(&this->super);
}
