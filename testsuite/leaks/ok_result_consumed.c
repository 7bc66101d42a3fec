#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An OWNED result that is released or moved on the spot is not discarded. */

OWNED char *make_name(void);
void queue_push(OWNED char *m);

void straight_into_free(void)
{
    free(make_name());
}

void straight_into_owner(void)
{
    queue_push(make_name());
}

void into_variable(void)
{
    OWNED char *n = make_name();
    if (n)
        puts(n);
    free(n);
}

void assigned_later(void)
{
    OWNED char *n;
    n = make_name();
    free(n);
}
