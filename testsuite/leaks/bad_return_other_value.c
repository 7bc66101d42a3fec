#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Returning something else (NULL, another pointer) loses the owned value. */

OWNED char *make_greeting(BORROW const char *who)
{
    OWNED char *s = malloc(64);
    if (!s)
        return NULL;
    if (strlen(who) > 40)
        return NULL;                        // expect: leak
    snprintf(s, 64, "hello %s", who);
    return s;
}

char *first_of_two(void)
{
    char *a = malloc(8);
    char *b = malloc(8);                    // expect-note: allocated here
    if (!a || !b) {
        free(a);
        free(b);
        return NULL;
    }
    a[0] = 'a';
    b[0] = 'b';
    return a;                               // expect: leak
}
