#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Functions that write through their parameter but keep no pointer are
 * borrows too. */

void fill(char *p, size_t n, char c)
{
    for (size_t i = 0; i < n; i++)
        p[i] = c;
}

void upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

void caller(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    fill(p, 7, 'a');
    p[7] = '\0';
    upcase(p);
    puts(p);
    free(p);
}
