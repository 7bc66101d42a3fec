#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A declaration in the user's code overrides the model's (annotations.md 3):
 * here strlen is declared to take ownership, so passing p to it is a move. */
size_t strlen(OWNED const char *s);

/* Re-declaring a library deallocator with the annotation it already has keeps
 * it a deallocator: writing OWNED on free does not turn it into a move. */
void free(OWNED void *ptr);

size_t measure_then_free(void)
{
    char *p = strdup("abc");
    if (!p)
        return 0;
    size_t n = strlen(p);               // expect-note: moved here
    free(p);                            // expect: double-free
    return n;
}

void free_twice(void)
{
    char *p = malloc(4);
    free(p);                            // expect-note: released here
    free(p);                            // expect: double-free
}
