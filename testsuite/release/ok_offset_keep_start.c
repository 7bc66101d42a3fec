#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Walking with a separate cursor and releasing the start pointer. */

size_t count_spaces(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return 0;
    size_t n = 0;
    for (char *cur = copy; *cur; cur++)
        if (*cur == ' ')
            n++;
    free(copy);
    return n;
}

void trim_and_print(const char *s)
{
    char *start = strdup(s);
    if (!start)
        return;
    char *p = start;
    while (*p == ' ')
        p++;
    puts(p);
    free(start);
}

void fill_tail(size_t n)
{
    char *buf = malloc(n + 1);
    if (!buf)
        return;
    char *end = buf + n;
    *end = '\0';
    memset(buf, 'x', n);
    free(buf);
}
