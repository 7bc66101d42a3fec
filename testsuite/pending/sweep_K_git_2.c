/* git 2.39.5 builtin/config.c:621 (get_urlmatch)
 * ownck prints today (error, exit status 1):
 *   git_2.c:31:5: error: cannot move or release 'config.section' (for parameter 'ptr' of 'free') because it is borrowed [move-while-borrowed]
 *   git_2.c:24:19: note: shared borrow of '*config.section' occurs here, by the result of 'strchr'
 * False: config.key = strchr(config.section, '.') + 1 keeps a pointer into
 * config.section in another field of the same struct; the struct is used
 * (use(&config)) and afterwards only config.section is freed. The pointer
 * in config.key is never read after the free. ownck keeps a borrow that is
 * stored in a struct field alive until the struct goes out of scope, not
 * until its last use: with a plain local `key` instead of `config.key`
 * there is no error. */
#include <stdlib.h>
#include <string.h>

struct cfg { const char *section; const char *key; };
extern void use(struct cfg *);

int get_urlmatch(const char *var)
{
    struct cfg config = { 0 };
    char *tail;
    config.section = strdup(var);
    if (!config.section) return -1;
    tail = strchr(config.section, '.');
    if (tail) {
        *tail = '\0';
        config.key = tail + 1;
    } else
        config.key = NULL;
    use(&config);
    free((void *)config.section);
    return 0;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_2.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
