#include <stdlib.h>

/* A test before a counted loop that does not make its first test true
 * leaves the path where the loop runs no time: the block it hands off in
 * its body leaks there. */
static int *last;

/* signed: n != 0 may be negative */
void signed_bound(int n)
{
    if (n) {
        int *p = malloc(sizeof *p);
        int i;
        if (!p)
            return;
        for (i = 0; i < n; i++)      // expect-note: the leaking path: 'i < n' is false
            last = p;
    }                                // expect: leak
}

/* the bound changes between the test and the loop */
unsigned next_count(void);

void bound_changed(unsigned n)
{
    if (n) {
        int *p = malloc(sizeof *p);
        unsigned i;
        if (!p)
            return;
        n = next_count();
        for (i = 0; i < n; i++)      // expect-note: the leaking path: 'i < n' is false
            last = p;
    }                                // expect: leak
}

/* counting from 1: n == 1 runs no time */
void from_one(unsigned n)
{
    if (n) {
        int *p = malloc(sizeof *p);
        unsigned i;
        if (!p)
            return;
        for (i = 1; i < n; i++)      // expect-note: the leaking path: 'i < n' is false
            last = p;
    }                                // expect: leak
}

/* the other side of the guard */
void other_side(int count)
{
    int *p = malloc(sizeof *p);
    int i;
    if (!p)
        return;
    if (count > 0)
        return;                      // expect: leak
    for (i = 0; i < count; i++)      // expect-note: the leaking path: 'i < count' is false
        last = p;
}                                    // expect: leak
