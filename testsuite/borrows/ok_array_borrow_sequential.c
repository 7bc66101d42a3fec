#include <ownck.h>

/* All elements of an array are one place, so two live exclusive borrows of
 * different elements conflict; but one that has ended does not block a
 * borrow of another element, and shared borrows of elements coexist. */

void bump(BORROW_MUT int *p);
int get(BORROW const int *p);

int elements(void)
{
    int arr[4] = { 0, 1, 2, 3 };
    BORROW_MUT int *e0 = &arr[0];
    bump(e0);                       /* last use of e0 */
    BORROW_MUT int *e1 = &arr[1];   /* fine */
    bump(e1);                       /* last use of e1 */
    BORROW const int *s2 = &arr[2];
    BORROW const int *s3 = &arr[3];
    int n = get(s2) + get(s3) + arr[0];
    arr[1] = n;                     /* fine: s2 and s3 are dead */
    return arr[1];
}
