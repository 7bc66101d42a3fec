#include <stdlib.h>

/* ok_postfix_pointer_value.c's counterpart: ++p is p after the step, and
 * so is p itself once p++ has run. */
void mark_after_step(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *start = ++p;                  // expect-note: advanced here
    *p = 1;
    free(start);                        // expect: free-offset
}

void free_stepped(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *start = p++;                  // expect-note: advanced here
    free(p);                            // expect: free-offset
    (void)start;
}
