#include <stdlib.h>

/* ok_cursor_over_two_owners.c where the pointer that picks one of the two
 * is the one released: where it picked the first, releasing the first
 * again is a double free and the second leaks. */
void release_the_pick(int c)
{
    char *a = malloc(10), *b = malloc(10);
    char *p = a;
    if (c)
        p = b;
    free(p);         // expect-note: 'p' first released here by 'free'
    free(a);         // expect: double-free
}                    // expect: leak
