#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.15: releasing a struct while an OWNED field still holds a value this
 * function stored there leaks that value at the release. */

struct person {
    OWNED char *name;
    int age;
};

void drop_named(BORROW const char *n)
{
    OWNED struct person *p = calloc(1, sizeof *p);
    if (!p)
        return;
    p->name = strdup(n);
    free(p);                                // expect: leak
}

void drop_after_move_in(void)
{
    OWNED struct person *p = calloc(1, sizeof *p);
    if (!p)
        return;
    OWNED char *s = strdup("bob");
    if (!s) {
        free(p);
        return;
    }
    p->name = s;
    p->age = 40;
    free(p);                                // expect: leak
}
