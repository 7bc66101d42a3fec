#include <stdio.h>
#include <stdlib.h>

/* The other half of ok_correlated_pointer_tests.c: a pointer assigned
 * between its two tests, or two different pointers, select no consistent
 * paths (7.36), and the path "allocated, release skipped" is a leak. */

const char *next_name(void);

void pointer_reassigned(const char *c)
{
    char *b = NULL;
    if (c)
        b = malloc(10);
    c = next_name();
    if (c)
        free(b);
}                                           // expect: leak

void different_pointers(const char *c, const char *d)
{
    char *b = NULL;
    if (c)
        b = malloc(10);
    if (d)
        free(b);
}                                           // expect: leak

void owner_reassigned(const char *name)
{
    char *copy = NULL;
    FILE *u = fopen(name, "r");
    if (u)
        copy = malloc(16);
    if (u)
        fclose(u);
    u = fopen(name, "r");
    if (u) {
        fclose(u);
        free(copy);
    }
}                                           // expect: leak
