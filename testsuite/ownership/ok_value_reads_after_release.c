#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* 7.11: comparing a pointer or taking sizeof of it is not a use. */

void consume(OWNED char *s);

int was_allocated(size_t n)
{
    char *p = malloc(n);
    free(p);
    return p != NULL;
}

size_t size_of_freed_pointer(void)
{
    long *v = malloc(sizeof(long));
    if (!v)
        return 0;
    free(v);
    return sizeof v;
}

int same_block(void)
{
    char *a = malloc(4);
    if (!a)
        return 0;
    char *b = a;
    free(a);
    return a == b;
}

void moved_then_compared(void)
{
    OWNED char *p = malloc(4);
    if (!p)
        return;
    consume(p);
    if (p == NULL)
        puts("never");
}
