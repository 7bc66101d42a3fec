#include <stdlib.h>
#include <string.h>

/* ok_literal_is_not_null.c with one thing wrong each: the literal itself
 * freed where the test was the other way round, a value that may be NULL
 * in the literal's place. */
int rebase_inverted(int n)
{
    char *strategy = NULL;
    if (n)
        strategy = "ort";               // expect-note: 'strategy' gets that value here
    if (!strategy)
        strategy = strdup("recursive");
    free(strategy);                     // expect: free-non-heap
    return 0;
}

extern int is_git_directory(const char *);
extern const char *read_gitfile(const char *);
extern const char *default_dir(void);

int discover_maybe_null(const char *dir)
{
    const char *gitdirenv = read_gitfile(dir);
    char *gitdir_path = NULL;
    if (!gitdirenv && is_git_directory(dir)) {
        gitdirenv = default_dir();
        gitdir_path = strdup(dir);      // expect-note: allocated here
    }
    if (gitdirenv) {
        free(gitdir_path);
        return 1;
    }
    return 0;                           // expect: leak
}
