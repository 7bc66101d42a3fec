/* git 2.39.5 builtin/add.c:699 (cmd_add: leak of 'seen')
 * ownck prints today:
 *   git_11.c:28:5: warning: leak of 'seen' [leak]
 *   git_11.c:20:20: note: 'seen' allocated here by 'calloc'
 * False: `add_new_files = !take_worktree_changes && !refresh_only && ...`
 * (add.c:541); 'seen' is allocated only under `if (add_new_files)`, so on
 * the `if (refresh_only) goto finish;` path it was never allocated.
 * ownck does not relate the derived boolean to the flag it was computed
 * from. */
#include <stdlib.h>
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

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_11.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
