/* git 2.39.5 combine-diff.c:1480 (combined_objfind)
 * ownck prints today:
 *   git_6.c:23:14: warning: use of 'tail' after it was released [use-after-free]
 *   git_6.c:26:13: note: 'p' released here by 'free', in previous iteration of loop
 * False: the standard "filter a singly linked list in place" idiom. Kept
 * nodes are appended through `tail` (tail = &p->next of a KEPT node);
 * dropped nodes are freed. The node freed in an earlier iteration is never
 * the node `tail` points into (a node is either kept or freed), and
 * `*tail = p` writes into the last kept node. ownck conflates the nodes that
 * 'p' names in different iterations. */
#include <stdlib.h>

struct path { struct path *next; int keep; };

struct path *filter(struct path *paths)
{
    struct path *ret = NULL, **tail = &ret;
    struct path *p = paths;
    while (p) {
        struct path *next = p->next;
        if (p->keep) {
            p->next = NULL;
            *tail = p;
            tail = &p->next;
        } else {
            free(p);
        }
        p = next;
    }
    return ret;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_6.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
