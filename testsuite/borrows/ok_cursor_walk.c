#include <ownck.h>
#include <stddef.h>

/* Walking a list with a reborrowing cursor: each step replaces the cursor
 * with a borrow derived from it, then the list head is usable again once the
 * cursor is dead (rustc accepts the `&mut` cursor loop over Option<Box<_>>). */

struct node { int value; struct node *next; };

void bump(BORROW_MUT int *p);

int increment_all(BORROW_MUT struct node *head)
{
    BORROW_MUT struct node *cur = head;
    while (cur) {
        bump(&cur->value);
        cur = cur->next;
    }
    head->value = 0;                /* fine: cur is dead */
    return head->value;
}
