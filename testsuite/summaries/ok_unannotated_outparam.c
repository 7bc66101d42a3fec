#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An unannotated function that stores fresh memory through a pointer
 * parameter hands it to the caller, who releases it. */

int make(char **out)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    p[0] = '\0';
    *out = p;
    return 0;
}

int caller(void)
{
    char *s = NULL;
    if (make(&s) != 0)
        return -1;
    s[0] = 'c';
    free(s);
    return 0;
}
