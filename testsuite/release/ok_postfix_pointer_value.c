#include <stdlib.h>

/* p++ is p before the step: what it gives is the block's start when p was
 * (start = p++; a tokenizer's mark), and free(p--) frees that start. */
void mark_then_step(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *start = p++;
    *p = 1;
    free(start);
}

void step_back_after_free(void)
{
    char *p = malloc(8);
    free(p--);
}

char *copy_word(const char *s)
{
    char *out = malloc(16), *w = out;
    if (!out)
        return NULL;
    while (*s && w < out + 15)
        *w++ = *s++;
    *w = 0;
    return out;
}
