#include <stdlib.h>

/* A flag computed from others with && and || (x = !a && !b) knows what
 * they said: each side of the condition stores its constant into the flag
 * (git's builtin/add.c: add_new_files = !take_worktree_changes &&
 * !refresh_only; seen is allocated only when add_new_files, and the
 * refresh_only path leaves before the free, with nothing allocated). */

extern int refresh(void);

int add(int take_worktree_changes, int refresh_only, int nr)
{
    char *seen = NULL;
    int add_new_files = !take_worktree_changes && !refresh_only;
    int status = 0;
    if (add_new_files) {
        if (nr)
            seen = calloc(nr, 1);
    }
    if (refresh_only) {
        status = refresh();
        goto finish;
    }
    free(seen);
finish:
    return status;
}

/* assigned, not declared; and with || */
int either(int quiet, int dry_run)
{
    char *log = NULL;
    int silent;
    silent = quiet || dry_run;
    if (!silent)
        log = malloc(64);
    if (dry_run)
        return 0;
    free(log);
    return 1;
}
