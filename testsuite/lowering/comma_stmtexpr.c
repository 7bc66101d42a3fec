/* the comma operator and GNU statement expressions */
#include <stdlib.h>
int f(int a) {
    int b = (a++, a + 1);
    int c = ({ int t = b * 2; t + 1; });
    char *p = ({ char *m = malloc(4); m; });
    free(p);
    return b + c;
}
