#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A function that only reads its parameter is a borrow: the caller still
 * owns the argument afterwards and leaks it if it never releases it. */

size_t len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

void show(const char *s)
{
    puts(s);
}

size_t measure(void)
{
    char *p = strdup("hello");              // expect-note: allocated here
    if (!p)
        return 0;
    return len(p);                          // expect: leak
}

void display(void)
{
    char *p = strdup("shown");
    if (!p)
        return;
    show(p);
}                                           // expect: leak
