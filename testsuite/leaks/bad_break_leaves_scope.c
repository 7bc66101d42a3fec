#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.14: `break` leaves the loop body, the owner's scope: leak at the break. */

void scan(int n)
{
    for (int i = 0; i < n; i++) {
        char *buf = malloc(16);
        if (!buf)
            break;
        memset(buf, 0, 16);
        if (i == 3)
            break;                          // expect: leak
        free(buf);
    }
}

int find_marker(int n)
{
    int found = -1;
    int i = 0;
    while (i < n) {
        char *tmp = calloc(1, 8);
        if (tmp == NULL)
            break;
        tmp[0] = (char)i;
        if (tmp[0] == 'M') {
            found = i;
            break;                          // expect: leak
        }
        free(tmp);
        i++;
    }
    return found;
}
