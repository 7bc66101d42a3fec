/* if / else if / else: the null test of p branches on p itself */
#include <stdlib.h>
int f(char *p, int c) {
    int r = 0;
    if (!p)
        r = 1;
    else if (c)
        r = 2;
    else
        r = 3;
    return r;
}
