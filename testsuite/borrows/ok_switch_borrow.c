#include <ownck.h>

/* switch: the borrow is used only in one case; the other cases (and the
 * code after the switch) may write the owner. */

void show(BORROW const int *p);

int switch_cases(int k)
{
    int x = 0;
    BORROW const int *r = &x;
    switch (k) {
    case 0:
        show(r);                    /* r's only use */
        break;
    case 1:
        x = 1;                      /* r is dead on this path */
        /* fall through */
    default:
        x += 2;
        break;
    }
    x = 3;
    return x;
}
