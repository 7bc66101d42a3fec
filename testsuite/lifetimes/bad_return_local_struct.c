#include <ownck.h>

/* return-local-ref (E0515): a local struct, and each of its fields, lives in
 * the function's frame; its address dangles as soon as the function returns. */
struct point { int x, y; };

struct point *origin(void)
{
    struct point pt = { 0, 0 };         // expect-note: declared here
    return &pt;                         // expect: return-local-ref
}

int *y_of_local(int x)
{
    struct point pt = { x, x * 2 };     // expect-note: declared here
    return &pt.y;                       // expect: return-local-ref
}
