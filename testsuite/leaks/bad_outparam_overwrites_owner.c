#define _GNU_SOURCE
#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.19: passing &b to an OUT_OWNED parameter while b owns a value leaks the
 * value at the call. */

int make_buf(OUT_OWNED char **out);

void refill(void)
{
    char *b = malloc(8);
    if (!b)
        return;
    b[0] = 'x';
    make_buf(&b);                           // expect: leak
    free(b);
}

void refill_annotated(void)
{
    OWNED char *b = NULL;
    if (make_buf(&b) != 0)
        return;
    puts(b);
    make_buf(&b);                           // expect: leak
    free(b);
}

void format_twice(int n)
{
    char *s = NULL;
    if (asprintf(&s, "%d", n) < 0)
        return;
    puts(s);
    if (asprintf(&s, "%d", n + 1) < 0)      // expect: leak
        return;
    puts(s);
    free(s);
}
