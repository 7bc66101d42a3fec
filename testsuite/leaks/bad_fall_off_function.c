#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.14: a path that falls off the function body still owning a value leaks
 * at the body's closing brace. */

void fill_and_forget(void)
{
    char *p = malloc(32);                   // expect-note: allocated here
    if (!p)
        return;
    memset(p, 0, 32);
}                                           // expect: leak

void print_copy(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return;
    puts(copy);
}                                           // expect: leak

void annotated_owner(void)
{
    OWNED char *buf = calloc(1, 64);
    if (buf == NULL)
        return;
    buf[0] = 'x';
}                                           // expect: leak
