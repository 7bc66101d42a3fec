/* pending (sixth sweep, nginx ngx_conf_file.c:348,351; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_free_via_alias_chain.c:51:3: warning: leak of 'buf.end' when 'rc == -1' is true [leak]
 *   sweep_I_free_via_alias_chain.c:52:2: warning: leak of 'buf.end' when 'rc == -1' is false [leak]
 *   sweep_I_free_via_alias_chain.c:62:1: warning: leak of 'b.start' [leak]
 * buf.start freed as cf->file->buffer->start after cf->file = &file; file.buffer = &buf. A
 * call between may change cf->file; the minimal form (bp = &b; free(bp->start)) would need
 * a local pointer to a local struct read through as that struct.
 * The helper's reduction follows. */
/* From nginx 1.22.1 src/core/ngx_conf_file.c:200 (alloc) / :334 (free) / :348,:351 (reported).
 * FALSE leak: buf.start = malloc(); the local struct `buf` is reachable as
 * cf->file->buffer (cf->file = &file; file.buffer = &buf), and the function frees it as
 * free(cf->file->buffer->start) before returning. ownck does not see that this access path
 * aliases buf.start, so it reports a leak at every return (and names it 'buf.end', a
 * derived pointer, instead of 'buf.start'). */
#include <stdlib.h>

struct buf { char *start, *pos, *last, *end; };
struct file { struct buf *buffer; int line; };
struct conf { struct file *file; };

int read_token(struct conf *cf);

int parse(struct conf *cf, int use_file)
{
	struct buf buf;
	struct file file, *prev = NULL;
	int rc;

	if (use_file) {
		prev = cf->file;
		cf->file = &file;
		cf->file->buffer = &buf;
		buf.start = malloc(4096);
		if (buf.start == NULL)
			goto failed;
		buf.pos = buf.start;
		buf.last = buf.start;
		buf.end = buf.last + 4096;
	}
	rc = read_token(cf);
	goto done;
failed:
	rc = -1;
done:
	if (use_file) {
		if (cf->file->buffer->start)
			free(cf->file->buffer->start);
		cf->file = prev;
	}
	if (rc == -1)
		return -1;
	return 0;
}

/* The same shape reduced: a field of a local struct freed through a pointer to that struct. */
void minimal(void)
{
	struct buf b;
	struct buf *bp = &b;
	b.start = malloc(10);
	free(bp->start);
}
