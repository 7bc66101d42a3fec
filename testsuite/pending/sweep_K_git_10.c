/* git 2.39.5 blame.c:1842 ('diffp' overwritten) and blame.c:1896 ('samep'),
 * blame_chunk()
 * ownck prints today:
 *   git_10.c:37:5: warning: leak of 'diffp': it is overwritten while it still owns its memory [leak]
 *   git_10.c:31:27: note: allocated here by 'calloc' into 'x', then held by 'diffp'
 * False: reverse_blame(head, tail) reverses the list 'head' onto 'tail' and
 * returns the new head: every node of 'head' ends up reachable from the
 * result (`e = reverse_blame(diffp, e); diffp = NULL;` and
 * `**srcq = reverse_blame(diffp, reverse_blame(samep, e));`). The inferred
 * summary of reverse() does not say that its first parameter's list moves
 * into the result (it is stored into ->next of nodes of the result). */
#include <stdlib.h>

struct entry { struct entry *next; int lno; };

static struct entry *reverse(struct entry *head, struct entry *tail)
{
    while (head) {
        struct entry *next = head->next;
        head->next = tail;
        tail = head;
        head = next;
    }
    return tail;
}

void split(struct entry **srcq, int n)
{
    struct entry *e = *srcq, *diffp = NULL;
    while (n-- > 0) {
        struct entry *x = calloc(1, sizeof(*x));
        if (!x) abort();
        x->next = diffp;
        diffp = x;
    }
    e = reverse(diffp, e);
    diffp = NULL;
    *srcq = e;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_10.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
