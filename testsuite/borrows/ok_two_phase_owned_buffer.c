#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Two-phase borrows with an OWNED heap buffer: the exclusive loan of buf for
 * buf_append starts at the call, after buf_len's shared loan has ended. */

struct buf { char *data; size_t len; };

size_t buf_len(BORROW const struct buf *b);
void buf_append_num(BORROW_MUT struct buf *b, size_t n);
void buf_release(OWNED struct buf *b);

void append_own_length(void)
{
    OWNED struct buf *b = calloc(1, sizeof *b);
    if (!b)
        return;
    buf_append_num(b, buf_len(b));
    buf_append_num(b, buf_len(b) * 2);
    buf_release(b);
}
