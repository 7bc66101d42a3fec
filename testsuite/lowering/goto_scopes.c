/* goto out of nested scopes: locals die at the jump, not at the label */
#include <stdlib.h>
int f(int c) {
    char *a = malloc(1);
    {
        char *b = malloc(2);
        if (c)
            goto out;
        free(b);
    }
out:
    free(a);
    return 0;
}
