#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Freeing a linked list: take next before releasing the node. */

struct node {
    struct node *next;
    int value;
};

void list_free(struct node *n)
{
    struct node *next;
    while (n) {
        next = n->next;
        free(n);
        n = next;
    }
}

void list_free_for(struct node *head)
{
    struct node *next;
    for (struct node *n = head; n; n = next) {
        next = n->next;
        free(n);
    }
}

struct node *list_build(int count)
{
    struct node *head = NULL;
    for (int i = 0; i < count; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) {
            list_free(head);
            return NULL;
        }
        n->value = i;
        n->next = head;
        head = n;
    }
    return head;
}

int list_sum(int count)
{
    struct node *l = list_build(count);
    int sum = 0;
    for (struct node *n = l; n; n = n->next)
        sum += n->value;
    list_free(l);
    return sum;
}
