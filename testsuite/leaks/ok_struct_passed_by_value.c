#include <stdlib.h>
#include <string.h>

/* rsync's popt_unalias: a heap array stored in a member of a local struct,
 * and the struct handed by value to a function that keeps it (libpopt's
 * poptAddAlias). Passing a struct by value moves it, as in Rust: what its
 * pointer members own goes with the callee's copy. */
struct alias {
    const char *long_name;
    int argc;
    const char **argv;
};

extern int add_alias(void *ctx, struct alias al, int flags);

void unalias(void *ctx, const char *opt)
{
    struct alias al;
    memset(&al, 0, sizeof al);
    al.long_name = opt + 2;
    al.argc = 1;
    al.argv = calloc(2, sizeof(const char *));
    if (!al.argv)
        return;
    al.argv[0] = opt;
    add_alias(ctx, al, 0);
}

/* A struct member that is itself a struct, handed by value: its members go,
 * the outer struct's other members stay the caller's. */
struct pair { char *a; int n; };
struct outer { struct pair p; char *b; };
extern void keep_pair(struct pair p);

void inner_moved(void)
{
    struct outer o;
    o.b = malloc(3);
    o.p.a = malloc(4);
    if (!o.b || !o.p.a) {
        free(o.b);
        free(o.p.a);
        return;
    }
    keep_pair(o.p);
    free(o.b);
}
