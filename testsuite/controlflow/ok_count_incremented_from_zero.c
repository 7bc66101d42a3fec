#include <stdlib.h>

/* A count from 0 that is incremented where a block is allocated is
 * non-zero exactly where the block is (7.36): n++ on a known zero makes it
 * non-zero, as n = 1 would. tmux's format.c frees only if (size != 0). */
void f(int c)
{
    char *p = NULL;
    unsigned n = 0;
    if (c) {
        p = malloc(1);
        n++;
    }
    if (n != 0)
        free(p);
}

void g(int c)
{
    char *p = NULL;
    int n = 0;
    if (c) {
        p = malloc(1);
        n += 2;
    }
    if (n == 0)
        return;
    free(p);
}

/* In a loop: an unsigned count stays non-zero once stepped (tmux's
 * window-tree.c: l = xreallocarray(l, n + 1, ...); l[n++] = wp; then
 * if (n == 0) goto empty), even where it was not known before. */
struct pane { struct pane *next; int ok; };

int build(struct pane *head)
{
    struct pane **l = NULL, *wp;
    unsigned n = 0;
    for (wp = head; wp; wp = wp->next) {
        if (!wp->ok)
            continue;
        l = realloc(l, (n + 1) * sizeof *l);
        if (!l)
            abort();
        l[n++] = wp;
    }
    if (n == 0)
        return 0;
    free(l);
    return 1;
}
