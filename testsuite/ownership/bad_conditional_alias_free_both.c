#include <stdlib.h>
#include <string.h>

/* A pointer that takes one of two allocations is an alias of the one its
 * path chose: released through it and through that owner, that one is
 * released twice (on its path), and what it did not take is still owned. */

void released_through_alias_and_owner(const char *s, int c)
{
    char *a = strdup(s), *b = strdup(s), *use;
    if (c)
        use = a;
    else
        use = b;
    free(use);
    free(a);                            // expect: double-free
    free(b);                            // expect: double-free
}

char *other_one_leaks(const char *s, int c)
{
    char *a = strdup(s), *b = strdup(s);
    char *keep = c ? a : b;
    return keep;                        // expect: leak
}

struct window { struct window *next; };

/* In a loop, the alias of the last iteration's choice, released with both
 * owners: on the path that chose `active` last, it goes twice. */
void loop_release_last(const char *s, struct window *head, int k)
{
    char *all = strdup(s), *active = strdup(s), *use = NULL;
    for (struct window *w = head; w; w = w->next) {
        if (k && w->next)
            use = active;
        else
            use = all;
    }
    free(use);
    free(active);                       // expect: double-free
    free(all);                          // expect: double-free
}
