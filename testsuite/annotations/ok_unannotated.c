#include <stdlib.h>
#include <string.h>

/* No annotations at all: nothing to misuse, and the header is not even needed. */
struct pair { char *first; int n; };

int count(const char *s, int n)
{
    return (int)strlen(s) + n;
}

void swap(struct pair *a, struct pair *b)
{
    struct pair t = *a;
    *a = *b;
    *b = t;
}
