/* pending (sixth sweep, rsync flist.c:1513; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_free_base_by_stored_offset.c:44:3: warning: leak of 'bp' when 'bad' is true [leak]
 * A callee frees the block's base, recovered from an offset stored inside the block.
 * The helper's reduction follows. */
/* From rsync-3.2.7 flist.c:1439-1513 (make_file) with flist.c:1540
 * (unmake_file). The block is allocated as `bp`, the struct handed out is
 * `file = bp + extra_len`, the number of extra slots is stored inside the
 * block (F_DEPTH), and unmake_file() frees `(union extra *)file - depth`,
 * i.e. exactly the original block. ownck reports "leak of 'file'" at the
 * `return NULL` right after unmake_file(file): FALSE (the callee frees the
 * base pointer recovered from the stored offset).
 * Expect: nothing. Got: 1 leak. */
#include <stdlib.h>
#include <string.h>

union extra { long num; void *ptr; };
struct file { int flags; unsigned len; };

#define F_DEPTH(f) (((union extra *)(f)) - 1)->num

void unmake_file(struct file *file)
{
	free((union extra *)file - F_DEPTH(file));
}

struct file *make_file(int nextra, int bad)
{
	size_t extra_len;
	char *bp;
	struct file *file;

	if (nextra < 1)
		return NULL;
	extra_len = nextra * sizeof (union extra);
	bp = malloc(extra_len + sizeof (struct file));

	if (!bp)
		return NULL;
	memset(bp, 0, extra_len + sizeof (struct file));
	file = (struct file *)(bp + extra_len);
	F_DEPTH(file) = nextra;
	if (bad) {
		unmake_file(file);
		return NULL;
	}
	return file;
}
