#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* Assignment inside the loop condition: each item is released in the body. */

OWNED char *next_item(void);
void queue_push(OWNED char *m);

void drain(void)
{
    char *item;
    while ((item = next_item()) != NULL) {
        puts(item);
        free(item);
    }
}

void forward_some(void)
{
    OWNED char *item;
    while ((item = next_item())) {
        if (item[0] == '#') {
            free(item);
            continue;
        }
        queue_push(item);
    }
}
