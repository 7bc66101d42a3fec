#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A function that passes its parameter on to a function ownck knows nothing
 * about lets it escape; so the caller's argument escapes too. */

void lib_register(void *p);

void enroll(char *p)
{
    lib_register(p);
}

void caller(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 'e';
    enroll(p);
}
