#include <stdlib.h>

/* ok_count_incremented_from_zero.c's counterpart: a count that did not
 * start at zero says nothing of the block; one that did, tested the wrong
 * way round, leaves exactly where the block is held. */
void f(int c, unsigned n)
{
    char *p = NULL;
    if (c) {
        p = malloc(1);                  // expect-note: allocated here
        n++;
    }
    if (n != 0)
        free(p);
}                                       // expect: leak

void g(int c)
{
    char *p = NULL;
    int n = 0;
    if (c) {
        p = malloc(1);                  // expect-note: allocated here
        n += 2;
    }
    if (n != 0)
        return;                         // expect: leak
    free(p);
}

/* The loop with the test the wrong way round: where n != 0 the array is
 * held, and the function leaves without it. */
struct pane { struct pane *next; int ok; };

int build(struct pane *head)
{
    struct pane **l = NULL, *wp;
    unsigned n = 0;
    for (wp = head; wp; wp = wp->next) {
        l = realloc(l, (n + 1) * sizeof *l);    // expect-note: allocated here
        if (!l)
            abort();
        l[n++] = wp;
    }
    if (n != 0)
        return 0;                               // expect: leak
    free(l);
    return 1;
}
