#include <stdlib.h>

/* Assignments to volatile places are assignments: their type (the left
 * side's without qualifiers) is not the left side's, so lowering reads the
 * `=` from the text. */

struct slot {
    char *buf;
};

void reassigned(void)
{
    char *volatile p = malloc(8);
    free(p);
    p = malloc(8);
    free(p);
}

void cleared(volatile struct slot *s)
{
    free(s->buf);
    s->buf = NULL;
    free(s->buf);
}
