#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Assigning to a variable whose value was released, moved or NULL loses nothing. */

void queue_push(OWNED char *m);

void reuse_variable(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 'a';
    free(p);
    p = malloc(16);
    if (!p)
        return;
    p[0] = 'b';
    free(p);
}

void move_then_reassign(void)
{
    OWNED char *m = strdup("one");
    if (!m)
        return;
    queue_push(m);
    m = strdup("two");
    if (!m)
        return;
    queue_push(m);
}

void overwrite_null(void)
{
    char *p = NULL;
    p = malloc(8);
    if (!p)
        return;
    free(p);
    p = NULL;
}

void take_then_null(void)
{
    OWNED char *a = strdup("x");
    OWNED char *b = NULL;
    if (!a)
        return;
    b = a;
    a = NULL;
    free(b);
}
