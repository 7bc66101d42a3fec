#include <assert.h>
#include <stdlib.h>

/* A summary run follows only the parameters whose value reaches a
 * statement that can change a summary (released, kept, stored outside,
 * returned, tested against NULL, handed to a callee that does one of
 * those); the others keep every summary bit clear. Each function here is
 * one shape; testsuite/cli/summaries.sh runs this file (and the whole
 * suite) with OWNCK_CHECK_SUMMARIES=1, which summarizes every function a
 * second time following every parameter and stops at any difference. */

struct buf { char *data; unsigned len; };
static char *saved;

static unsigned length(const struct buf *b) { return b->len; }          /* only read */
static unsigned twice(const struct buf *b) { return length(b) * 2; }    /* lent to a reader */
static void keep(char *p) { saved = p; }                                /* stored outside */
static unsigned count(const char *s) { unsigned n = 0; while (s[n]) n++; return n; }
static void drop(char *p) { char *q = p; free(q); }                     /* released through a copy */
static void keep_either(int c, char *a, char *b) { keep(c ? a : b); }   /* one of two, by a join */
static unsigned keep_first(int c, char *a, char *b)                     /* the join's other one (wget's */
{                                                                       /* http_loop): one alias class */
    char *either = c ? a : b;
    unsigned n = count(either);
    keep(a);
    return n;
}
static void must(const char *p) { assert(p); }                          /* aborts on NULL */
static void must_too(const char *p) { must(p); }                        /* through its callee */
static char *same(char *p) { return p; }                                /* given back */
static void die(int code) { exit(code); }                               /* follows nothing, never returns */
static int sometimes(int code) { if (code) exit(code); return 0; }      /* follows nothing, returns */

int user(int c)
{
    struct buf b = {0};
    char *x = malloc(4), *y = malloc(4), *z = malloc(4), *w = malloc(4);
    unsigned n = twice(&b);
    keep_either(c, x, y);               /* both may be kept: neither leaks */
    keep_first(c, x, y);
    drop(z);
    must_too(w);
    w = same(w);
    sometimes(c);
    if (n > 5)
        die(1);                         /* w is not lost here: die never returns */
    else
        free(w);
    return (int)n;
}
