#include <ownck.h>
#include <stddef.h>

/* Returning values read from locals is fine: only addresses dangle. */
struct point { int x, y; };
struct named { int id; char name[8]; };

int middle(void)
{
    int v[3] = { 1, 2, 3 };
    int *p = &v[1];
    return *p;
}

struct point mirrored(struct point pt)
{
    struct point m = { pt.y, pt.x };
    return m;
}

struct named make_named(int id)
{
    struct named n = { id, "x" };
    return n;
}
