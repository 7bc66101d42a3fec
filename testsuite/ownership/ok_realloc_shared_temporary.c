#include <stdlib.h>

/* libarchive's archive_utility_string_sort_helper: two arrays grown in one
 * loop through one temporary. `a = t;` where t is not read again moves
 * the block into a, as in Rust: t holds nothing afterwards, so at the loop
 * head t does not tie a's block to b's (before: one alias class, and
 * releasing one was taken to release both). */
int grow_two(int n, const int *which)
{
    char *a = NULL, *b = NULL, *t;
    for (int i = 0; i < n; i++) {
        if (which[i]) {
            t = realloc(a, (size_t)i + 1);
            if (!t) {
                free(a);
                free(b);
                return -1;
            }
            a = t;
        } else {
            t = realloc(b, (size_t)i + 1);
            if (!t) {
                free(a);
                free(b);
                return -1;
            }
            b = t;
        }
    }
    free(a);
    free(b);
    return 0;
}

/* A copy whose source is read again stays an alias: either releases it. */
void copy_then_release_through_source(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    char *q = p;
    q[0] = 0;
    free(p);
}
