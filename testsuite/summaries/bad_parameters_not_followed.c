#include <stdlib.h>

/* ok_parameters_not_followed.c's counterpart: what the followed
 * parameters' summaries say still reaches the callers. */

struct buf { char *data; unsigned len; };

static unsigned length(const struct buf *b) { return b->len; }
static void drop(char *p) { char *q = p; free(q); }
static char *same(char *p) { return p; }
static int sometimes(int code) { if (code) exit(code); return 0; }

int user(int c)
{
    struct buf b = {0};
    char *z = malloc(4), *w = malloc(4);  // expect-note: allocated here
    unsigned n = length(&b);
    drop(z);                            // expect-note: released here
    free(z);                            // expect: double-free
    w = same(w);
    if (n > 5)
        sometimes(c);                   /* returns: w leaks on this path */
    else
        free(w);
    return (int)n;                      // expect: leak
}
