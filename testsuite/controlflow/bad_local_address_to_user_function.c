#include <stdlib.h>

/* A local whose address a function of the user's has got may change at
 * any later call of the user's, and at any store through a pointer: two
 * tests on either side of one are unrelated (7.36), and each path between
 * them is followed. */

void set_zero(int *);
void keep(int *);
void poke(void);
int *stash(int *);

void changed_by_the_callee(int t)
{
    char *p = malloc(1);
    if (t == 0)
        free(p);
    set_zero(&t);
    if (t == 0)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void changed_through_the_kept_address(int t)
{
    char *p = malloc(1);
    keep(&t);
    if (t == 0)
        free(p);
    poke();
    if (t == 0)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void changed_through_a_pointer_given_back(int t)
{
    char *p = malloc(1);
    int *q = stash(&t);
    if (t == 0)
        free(p);
    *q = 0;
    if (t == 0)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}
