#include <stdlib.h>

/* Redis's _quicklistListpackMerge: which of two nodes is kept depends on a
 * branch, and the other is released. Joined, the two sides would forget
 * which variable took which node, and releasing nokeep would release keep
 * too; the branch keeps them apart (a condition bit of its own). */

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

struct node *merge(struct node *a, struct node *b)
{
    struct node *keep = NULL, *nokeep = NULL;
    if (!a->entry) {
        nokeep = a;
        keep = b;
    } else if (!b->entry) {
        nokeep = b;
        keep = a;
    }
    if (!keep || !nokeep)
        return NULL;
    del_node(nokeep);
    touch(keep);
    return keep;
}

struct node *pick(struct node *a, struct node *b)
{
    struct node *keep, *gone;
    if (a->count >= b->count) {
        keep = a;
        gone = b;
    } else {
        keep = b;
        gone = a;
    }
    del_node(gone);
    touch(keep);
    return keep;
}
