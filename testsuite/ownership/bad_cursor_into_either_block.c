#include <stdlib.h>

/* The two blocks a cursor may point into are still followed each: one of
 * them freed twice, or never, is reported. */

void twice(int c)
{
    char *a = malloc(8), *b = malloc(8);
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    char *p = c ? &a[1] : &b[1];
    *p = 0;
    free(a);                    // expect-note: 'a' first released here by 'free'
    free(a);                    // expect: double-free
    free(b);
}

void never(int c)
{
    char *a = malloc(8), *b = malloc(8);   // expect-note: 'b' allocated here by 'malloc'
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    char *p = c ? &a[1] : &b[1];
    *p = 0;
    free(a);
}                               // expect: leak
