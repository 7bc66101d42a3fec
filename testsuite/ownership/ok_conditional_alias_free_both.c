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

void release_through_either(const char *s, int c)
{
    char *a = strdup(s), *b = strdup(s);
    char *gone = c ? a : b, *kept = c ? b : a;
    free(gone);
    free(kept);
}
