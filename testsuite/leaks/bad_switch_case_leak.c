#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One case of a switch returns without releasing. */

int handle(int kind)
{
    char *msg = strdup("event");            // expect-note: allocated here
    if (!msg)
        return -1;
    switch (kind) {
    case 0:
        puts(msg);
        break;
    case 1:
        return 1;                           // expect: leak
    default:
        msg[0] = 'E';
        break;
    }
    free(msg);
    return 0;
}
