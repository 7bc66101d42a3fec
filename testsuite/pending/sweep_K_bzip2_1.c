/* bzip2 1.0.8 bzip2recover.c:512 (main loop, bsWr / outFile)
 * ownck prints today:
 *   bzip2_1.c:49:13: warning: leak of 'bsWr': it is overwritten while it still owns its memory [leak]
 *   bzip2_1.c:49:20: note: 'bsWr' allocated here by 'bsOpen'
 * (on bzip2recover.c:512:10 / 512:17, allocator 'bsOpenWriteStream')
 * False: bsWr owns memory exactly when outFile != NULL. The open branch is
 * taken only when bitsRead == start[blk]; bitsRead strictly increases, so a
 * second open needs blk++ first, and blk++ is only reached through the close
 * branch, which frees bsWr whenever outFile != NULL (always, after an open).
 * ownck does not correlate the guard 'outFile != NULL' with bsWr's state
 * across loop iterations. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { FILE *handle; int n; } BitStream;

static BitStream *bsOpen(FILE *f) {
    BitStream *bs = malloc(sizeof *bs);
    if (bs == NULL) exit(1);
    bs->handle = f; bs->n = 0;
    return bs;
}
static void bsClose(BitStream *bs) { fclose(bs->handle); free(bs); }

extern int getbit(void);
extern long start[], end[];
extern int nblk;

int main(void) {
    FILE *outFile = NULL;
    BitStream *bsWr = 0;
    long bitsRead = 0;
    int blk = 0;
    while (1) {
        int b = getbit();
        if (b == 2) break;
        if (outFile != NULL) bsWr->n += b;
        bitsRead++;
        if (bitsRead == end[blk] + 1) {
            if (outFile != NULL) {
                bsClose(bsWr);
                outFile = NULL;
            }
            if (blk >= nblk) break;
            blk++;
        } else if (bitsRead == start[blk]) {
            outFile = fopen("out", "wb");
            if (outFile == NULL) exit(1);
            bsWr = bsOpen(outFile);          /* <- reported */
        }
    }
    return 0;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as bzip2_1.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
