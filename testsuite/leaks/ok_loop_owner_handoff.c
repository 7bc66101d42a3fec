#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every iteration hands its value out before the body ends. */

void queue_push(OWNED char *m);

void push_all(int n)
{
    for (int i = 0; i < n; i++) {
        OWNED char *m = malloc(16);
        if (!m)
            return;
        snprintf(m, 16, "msg %d", i);
        queue_push(m);
    }
}

void release_or_push(int n)
{
    int i = 0;
    while (i < n) {
        char *m = strdup("m");
        if (!m)
            break;
        if (i % 3 == 0)
            free(m);
        else
            queue_push(m);
        i++;
    }
}
