#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Build in a local buffer, return a heap copy: the caller owns it. */
OWNED char *format_pair(int a, int b)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d,%d", a, b);
    return strdup(buf);
}

OWNED int *squares(int n)
{
    int *v = malloc((size_t)n * sizeof *v);
    if (!v)
        return NULL;
    for (int i = 0; i < n; i++)
        v[i] = i * i;
    return v;
}

void print_pair(void)
{
    OWNED char *s = format_pair(1, 2);
    if (!s)
        return;
    puts(s);
    free(s);
}
