#include <ownck.h>
#include <stdlib.h>

/* A global may hold the address of another global, of a static local, of a
 * literal, or of heap memory. */
int g_value;
int *g_current;
const char *g_name;
static char *g_buffer;

void point_at_global(void)
{
    g_current = &g_value;
}

void point_at_static(void)
{
    static int counter;
    counter++;
    g_current = &counter;
}

void name_it(void)
{
    g_name = "main";
}

void grow(size_t n)
{
    char *p = realloc(g_buffer, n);
    if (p)
        g_buffer = p;
}
