/* git 2.39.5 apply.c:2035 (parse_binary: 'forward' when 'status' is true) and
 * worktree.c:683 (repair_worktree_at_path: 'backlink' overwritten)
 * ownck prints today:
 *   git_9.c:41:9: warning: leak of 'forward' when 'status' is true [leak]
 *   git_9.c:37:15: note: 'forward' allocated here by 'parse_hunk'
 *   git_9.c:40:9: note: the leaking path: 'status' is true
 * False: the callee reports failure through an out-parameter and returns
 * NULL exactly when it sets it (apply.c parse_binary_hunk: `*status_p = 0`
 * on entry, `*status_p = -1; return NULL` on error; setup.c
 * read_gitfile_gently: `return error_code ? NULL : path`). So "status != 0"
 * implies "result is NULL": nothing leaks on the `if (status) return` path,
 * and in worktree.c backlink is NULL (xstrdup_or_null(NULL)) when err is
 * READ_GITFILE_ERR_NOT_A_REPO, so overwriting it loses nothing. */
#include <stdlib.h>

struct frag { char *patch; };

static struct frag *parse_hunk(const char *buf, int *status_p)
{
    struct frag *frag;
    *status_p = 0;
    if (!*buf)
        return NULL;
    frag = calloc(1, sizeof(*frag));
    if (!frag)
        goto corrupt;
    return frag;
corrupt:
    *status_p = -1;
    return NULL;
}

int parse_binary(const char *buf, struct frag **out)
{
    struct frag *forward;
    int status;
    forward = parse_hunk(buf, &status);
    if (!forward && !status)
        return -2;
    if (status)
        return status;
    *out = forward;
    return 0;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_9.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
