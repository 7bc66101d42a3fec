#include <ownck.h>
#include <stdio.h>

/* Pointers to locals are fine while the locals live: kept in other locals,
 * in a local struct, passed to calls. */
struct pair { int *a; int *b; };

void swap_ints(BORROW_MUT int *a, BORROW_MUT int *b)
{
    int t = *a;
    *a = *b;
    *b = t;
}

int sorted_sum(int x, int y)
{
    int lo = x, hi = y;
    if (lo > hi)
        swap_ints(&lo, &hi);
    struct pair p = { &lo, &hi };
    return *p.a * 10 + *p.b;
}

void print_through(void)
{
    char buf[16];
    char *w = buf;
    snprintf(w, sizeof buf, "%d", 42);
    puts(w);
}
