#include <ownck.h>

/* A loan used in the next iteration is live at the end of the body:
 * assigning the borrowed object there is assign-while-borrowed. */

int get(BORROW const int *p);
int more(void);

int assign_before_next_use(void)
{
    int x = 0, total = 0;
    BORROW const int *r = &x;
    while (more()) {
        total += get(r);            // expect-note: later used here, by 'r', in a later iteration of the loop
        x = total;                  // expect: assign-while-borrowed
    }
    return total;
}
