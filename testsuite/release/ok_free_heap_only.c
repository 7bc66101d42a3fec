#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing pointer values that may come from the heap: parameters, the
 * value held by a global, fields and elements reached from parameters, NULL. */

struct item {
    char *name;
};

char *g_buffer;

void free_param(char *p)
{
    free(p);
}

void free_global_value(void)
{
    free(g_buffer);
    g_buffer = NULL;
}

void free_field(struct item *it)
{
    free(it->name);
    it->name = NULL;
}

void free_through(char **pp)
{
    free(*pp);
    *pp = NULL;
}

void free_elements(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
}

void free_nothing(void)
{
    free(NULL);
    free(0);
}
