#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Moves inside loops followed by a re-assignment before the next iteration. */

void queue_push(OWNED char *m);

struct node {
    OWNED struct node *next;
    int v;
};

void produce(int n)
{
    for (int i = 0; i < n; i++) {
        OWNED char *m = malloc(16);
        if (!m)
            return;
        m[0] = (char)i;
        queue_push(m);
    }
}

void produce_reusing_variable(int n)
{
    OWNED char *m = strdup("first");
    if (!m)
        return;
    for (int i = 0; i < n; i++) {
        queue_push(m);
        m = strdup("next");
        if (!m)
            return;
    }
    free(m);
}

OWNED struct node *build(int n)
{
    OWNED struct node *head = NULL;
    for (int i = 0; i < n; i++) {
        OWNED struct node *nd = malloc(sizeof *nd);
        if (!nd)
            break;
        nd->v = i;
        nd->next = head;
        head = nd;
    }
    return head;
}
