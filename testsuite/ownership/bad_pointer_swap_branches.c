#include <stdlib.h>

/* The branches of ok_pointer_swap_branches.c where a side does take the
 * same node twice, and a loop whose iterations take different sides: the
 * bit that keeps the sides apart says which side was taken last, and rules
 * out no side of a later test (after an iteration that released a or b,
 * the next one reads both). */

struct node { int count; void *entry; };

static void del_node(struct node *n)
{
    free(n->entry);
    free(n);
}

static void touch(struct node *n)
{
    n->count++;
}

struct node *same_twice(struct node *a, struct node *b)
{
    struct node *keep, *gone;
    if (a->count > b->count) {
        keep = b;
        gone = a;
    } else {
        keep = a;
        gone = a;
    }
    del_node(gone);
    touch(keep);                        // expect: use-after-free
    return keep;
}

void across_iterations(struct node *a, struct node *b, int n)
{
    int released = 0;
    for (int i = 0; i < n; i++) {
        struct node *keep, *gone;
        if (a->count > i) {             // expect: use-after-free
            keep = a;
            gone = b;
        } else {
            keep = b;                   // expect: use-after-free
            gone = a;
        }
        touch(keep);                    // expect: use-after-free
        if (!released) {
            del_node(gone);
            released = 1;
        }
    }
}
