#include <ownck.h>

/* All elements of an array are one place: writing any element while another
 * element is borrowed is assign-while-borrowed. */

int get(BORROW const int *p);

int write_other_element(void)
{
    int arr[4] = { 0, 1, 2, 3 };
    BORROW const int *e = &arr[1];
    arr[3] = 0;                     // expect: assign-while-borrowed
    return get(e);
}
