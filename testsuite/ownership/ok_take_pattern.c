#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* q = p; p = NULL; is Option::take: p owes nothing afterwards. */

void take_then_free_null(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    OWNED char *q = p;
    p = NULL;
    free(p);
    free(q);
}

void take_by_assignment(void)
{
    OWNED char *p = strdup("a");
    OWNED char *q = NULL;
    if (!p)
        return;
    q = p;
    p = NULL;
    if (p == NULL)
        p = strdup("b");
    if (p != NULL)
        puts(p);
    free(p);
    free(q);
}
