/* git 2.39.5 strmap.c:60 (strmap_free_entries_, hashmap_for_each_entry)
 * ownck prints today:
 *   git_7.c:21:43: warning: use of 'e' after it was released [use-after-free]
 *   git_7.c:22:9: note: 'e' released here by 'free', in previous iteration of loop
 * False: git's OFFSETOF_VAR(var, member) is, with GCC/clang,
 * `offsetof(__typeof__(*var), member)` (git-compat-util.h:1617): the 'use'
 * of 'e' after free(e) is inside __typeof__, an unevaluated operand, exactly
 * like sizeof(*e) - which ownck correctly ignores (clear2 has no warning). */
#include <stdlib.h>
#include <stddef.h>

struct ent { struct ent *next; };
struct item { int v; struct ent ent; };
extern void *iter_next(void *iter, size_t off);
#define OFFSETOF_VAR(ptr, member) offsetof(__typeof__(*ptr), member)

void clear(void *iter)
{
    struct item *e;
    for (e = iter_next(iter, OFFSETOF_VAR(e, ent)); e;
         e = iter_next(iter, OFFSETOF_VAR(e, ent)))
        free(e);
}

void clear2(void *iter)
{
    struct item *e;
    for (e = iter_next(iter, 0); e; e = iter_next(iter, sizeof(*e)))
        free(e);
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_7.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
