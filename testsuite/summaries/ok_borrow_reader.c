#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Functions that only read their parameter are borrows: the caller still
 * owns the argument and releases it afterwards. */

size_t len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int count_char(const char *s, char c)
{
    int k = 0;
    for (; *s; s++)
        if (*s == c)
            k++;
    return k;
}

void show(const char *s)
{
    puts(s);
}

size_t caller(void)
{
    char *p = strdup("hello");
    if (!p)
        return 0;
    size_t n = len(p);
    show(p);
    n += (size_t)count_char(p, 'l');
    free(p);
    return n;
}
