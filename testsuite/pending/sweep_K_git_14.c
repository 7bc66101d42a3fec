/* git 2.39.5 tree-diff.c:292 ('parents_oid', emit_path) and :552 ('tp',
 * ll_diff_tree_paths): FAST_ARRAY_ALLOC / FAST_ARRAY_FREE
 * ownck prints today:
 *   git_14.c:33:1: warning: leak of 'p' [leak]
 *   git_14.c:31:2: note: 'p' allocated here by 'malloc'
 *   git_14.c:39:1: warning: leak of 'p' [leak]
 *   git_14.c:37:2: note: 'p' allocated here by 'malloc'
 * False: allocation and release are guarded by the same test on an unchanged
 * parameter, `(nr) <= 2` (alloca) / else malloc, and `(nr) <= 2` (nothing) /
 * else free. When the test is written inside a function-like macro body
 * (ALLOC/FREE, as in git), the two tests are not correlated; the identical
 * code written out by hand (a4) or with only the condition in a macro (a1)
 * gives no warning. a3 mixes a macro test with a hand-written one.
 * (Seen only in the whole-program run of git, where xmalloc's body from
 * wrapper.c makes ALLOC_ARRAY an allocation; tree-diff.c alone is silent.) */
#include <stdlib.h>
#include <alloca.h>
#define SMALL(nr) ((nr) <= 2)
#define ALLOC(x, nr) do { if ((nr) <= 2) (x) = alloca(16); else (x) = malloc(nr * 8); } while (0)
#define FREE(x, nr) do { if ((nr) <= 2) ; else free(x); } while (0)

void a1(int n)
{
	char *p;
	if (SMALL(n)) p = alloca(16); else p = malloc(n);
	if (SMALL(n)) ; else free(p);
}
void a2(int n)
{
	char *p;
	ALLOC(p, n);
	FREE(p, n);
}
void a3(int n)
{
	char *p;
	ALLOC(p, n);
	if (n <= 2) ; else free(p);
}
void a4(int n)
{
	char *p;
	do { if ((n) <= 2) (p) = alloca(16); else (p) = malloc(n * 8); } while (0);
	do { if ((n) <= 2) ; else free(p); } while (0);
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_14.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
