#include <stdlib.h>
#include <string.h>

/* A string literal, a function or an address is never NULL: a pointer
 * that holds one takes only the non-null side of a test of it (git's
 * rebase.c: a default strategy, copied before it is freed; setup.c: the
 * allocation made together with `gitdirenv = ".git"` is freed under
 * `if (gitdirenv)`). */
int rebase(int n)
{
    char *strategy = NULL;
    if (n)
        strategy = "ort";
    if (strategy)
        strategy = strdup(strategy);
    free(strategy);
    return 0;
}

extern int is_git_directory(const char *);
extern const char *read_gitfile(const char *);

int discover(const char *dir)
{
    const char *gitdirenv = read_gitfile(dir);
    char *gitdir_path = NULL;
    if (!gitdirenv && is_git_directory(dir)) {
        gitdirenv = ".git";
        gitdir_path = strdup(dir);
    }
    if (gitdirenv) {
        free(gitdir_path);
        return 1;
    }
    return 0;
}

/* a field that may hold the literal or what a call left there: where it
 * is NULL, it holds neither (git's rebase.c, options.strategy) */
struct opts { char *strategy; char *strategy_opts; int n; };
void parse(struct opts *o);

int rebase_options(void)
{
    struct opts options = { 0 };
    parse(&options);
    if (options.n) {
        if (!options.strategy)
            options.strategy = "ort";
        options.strategy_opts = strdup("x");
    }
    if (options.strategy)
        options.strategy = strdup(options.strategy);
    free(options.strategy);
    free(options.strategy_opts);
    return 0;
}
