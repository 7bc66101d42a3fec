#include <stdlib.h>
#include "buf.h"

static struct buf *kept;

void buf_free(struct buf *b)
{
    if (!b)
        return;
    free(b->data);
    free(b);
}

/* stored: after this call ownck no longer follows b */
void buf_keep(struct buf *b) { kept = b; }

static void helper(struct buf *b) { free(b); }

void buf_drop(struct buf *b) { helper(b); }
