#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Building a list: the allocation-failure return drops the list built so far. */

struct node {
    OWNED struct node *next;
    int value;
};

OWNED struct node *list_build(int count)
{
    OWNED struct node *head = NULL;
    for (int i = 0; i < count; i++) {
        OWNED struct node *n = malloc(sizeof *n);
        if (!n)
            return NULL;                    // expect: leak
        n->value = i;
        n->next = head;
        head = n;
    }
    return head;
}
