/* A buffer whose allocation, release and use live in three files: no
 * annotation, ownck learns what each function does from its body. */
#include <stddef.h>
struct buf { size_t len; char *data; };
struct buf *buf_new(size_t n);
void buf_free(struct buf *b);
void buf_keep(struct buf *b);
int report(struct buf *b);
void buf_drop(struct buf *b);
struct buf *buf_reset(struct buf *b);
