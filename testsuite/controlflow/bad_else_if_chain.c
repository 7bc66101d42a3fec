#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An else-if branch releases early and falls through to the common release. */

void consume(OWNED char *s);

int handle(int code)
{
    char *msg = strdup("message");
    if (!msg)
        return -1;
    if (code == 0) {
        puts(msg);
    } else if (code == 1) {
        free(msg);                      /* meant to return here */
    } else {
        msg[0] = 'M';
    }
    free(msg);                          // expect: double-free
    return 0;
}

void nested_if(int a, int b)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    if (a) {
        if (b)
            free(p);
        else
            p[0] = 'b';
    }
    consume(p);                         // expect: use-after-free
}
