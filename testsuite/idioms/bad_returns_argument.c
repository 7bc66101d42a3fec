#include <stdlib.h>
#include <string.h>

/* The result of memcpy or strcpy is their dest: released through one, the
 * other is released too. */

void use_after_release(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return;
    char *q = memcpy(p, s, n);
    free(p);
    q[0] = 0;                           // expect: use-after-free
}

void released_twice(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (!p)
        return;
    free(strcpy(p, s));
    free(p);                            // expect: double-free
}

char *copy_leaks(const char *s, size_t n)
{
    char *p = malloc(n);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    return NULL;                        // expect: leak
}
