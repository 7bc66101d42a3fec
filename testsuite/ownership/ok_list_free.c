#include <ownck.h>
#include <stdlib.h>

/* 7.16: moving an OWNED field out leaves only that field moved; the node may
 * then be released. */

struct node {
    OWNED struct node *next;
    int value;
};

void list_free(OWNED struct node *head)
{
    while (head) {
        OWNED struct node *next = head->next;
        free(head);
        head = next;
    }
}

OWNED struct node *list_push(OWNED struct node *head, int v)
{
    OWNED struct node *n = malloc(sizeof *n);
    if (!n) {
        list_free(head);
        return NULL;
    }
    n->value = v;
    n->next = head;
    return n;
}
