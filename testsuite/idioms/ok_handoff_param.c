#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Ownership handed to an OWNED parameter. */

void queue_push(OWNED char *msg);

void consume(OWNED char *s)
{
    queue_push(s);
}

int enqueue_copy(BORROW const char *s)
{
    OWNED char *m = strdup(s);
    if (!m)
        return -1;
    queue_push(m);
    return 0;
}

void route(int keep)
{
    char *m = malloc(16);
    if (!m)
        return;
    strcpy(m, "msg");
    if (keep)
        consume(m);
    else
        free(m);
}

void enqueue_literal(void)
{
    queue_push(strdup("literal"));
}
