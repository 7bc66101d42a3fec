/* Input for callgraph.sh: an allocator, a deallocator and a caller. */
#include <stdlib.h>

struct box { char *buf; };

struct box *box_new(void)
{
    struct box *b = malloc(sizeof *b);
    if (!b)
        return NULL;
    b->buf = NULL;
    return b;
}

void box_free(struct box *b)
{
    free(b->buf);
    free(b);
}

int main(void)
{
    struct box *b = box_new();
    if (!b)
        return 1;
    box_free(b);
    return 0;
}
