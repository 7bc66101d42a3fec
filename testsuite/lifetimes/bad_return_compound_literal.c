#include <ownck.h>

/* return-local-ref: a compound literal in a function body has automatic
 * storage, like a local variable (C11 6.5.2.5p5). */
struct point { int x, y; };

int *defaults(void)
{
    return (int[]){ 1, 2, 3 };          // expect: return-local-ref
}

struct point *zero_point(void)
{
    return &(struct point){ 0, 0 };     // expect: return-local-ref
}

int *filled(int n)
{
    int *p = (int[4]){ 0 };
    p[1] = n;
    return p;                           // expect: return-local-ref
}
