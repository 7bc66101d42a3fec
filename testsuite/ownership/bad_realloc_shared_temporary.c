#include <stdlib.h>

/* Moves take nothing away from the bugs around them. */

int grow_then_free_twice(int n)
{
    char *a = NULL, *t;
    for (int i = 0; i < n; i++) {
        t = realloc(a, (size_t)i + 1);
        if (!t) {
            free(a);
            return -1;
        }
        a = t;
    }
    free(a);                                // expect-note: first released here
    free(a);                                // expect: double-free
    return 0;
}

/* The source read after the copy: an alias, released through the copy. */
void source_used_after_release(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    char *q = p;
    free(q);
    p[0] = 0;                               // expect: use-after-free
}

/* Moved into q, then q overwritten: the block is lost there. */
void moved_then_overwritten(void)
{
    char *p = malloc(4);                    // expect-note: allocated here by 'malloc' into 'p', then held by 'q'
    if (!p)
        return;
    char *q = p;
    q[0] = 0;
    q = NULL;                               // expect: leak
    (void)q;
}
