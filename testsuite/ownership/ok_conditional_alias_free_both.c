#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A pointer that takes one of two allocations, by a branch or a
 * conditional expression, is an alias of that one only: releasing both
 * owners afterwards releases each once (tmux's format_loop_windows: `use`
 * borrows `active` or `all`, then both are freed). Joined, the two sides
 * had made the allocations one. */

void if_else_borrow(const char *s, int c)
{
    char *a = strdup(s), *b = strdup(s), *use;
    if (c)
        use = a;
    else
        use = b;
    if (use)
        puts(use);
    free(a);
    free(b);
}

char *conditional_borrow(const char *s)
{
    char *a = strdup(s), *b = strdup(s), *out;
    out = strdup(a ? a : b);
    free(a);
    free(b);
    return out;
}

struct window { struct window *next; };
char *expand(const char *s);

/* tmux's format_loop_windows: each iteration borrows one of the two, on a
 * short-circuit test (the else side is reached from both tests); the
 * previous iteration's choice is overwritten. */
void loop_borrow(const char *s, struct window *head, struct window *cur)
{
    char *all = strdup(s), *active = strdup(s), *use;
    for (struct window *w = head; w; w = w->next) {
        if (active != NULL && w == cur)
            use = active;
        else
            use = all;
        free(expand(use));
    }
    free(active);
    free(all);
}

void release_through_either(const char *s, int c)
{
    char *a = strdup(s), *b = strdup(s);
    char *gone = c ? a : b, *kept = c ? b : a;
    free(gone);
    free(kept);
}
