#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Swapping two owners through a temporary: every value keeps an owner. */

void swap_owned(void)
{
    OWNED char *a = strdup("a");
    OWNED char *b = strdup("b");
    OWNED char *tmp = a;
    a = b;
    b = tmp;
    free(a);
    free(b);
}

void swap_plain(void)
{
    char *a = malloc(4);
    char *b = malloc(8);
    char *tmp = a;
    a = b;
    b = tmp;
    free(a);
    free(b);
}
