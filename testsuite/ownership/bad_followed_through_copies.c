#include <stdlib.h>

/* A check follows only the variables something gives a state of their own
 * (ownership.c, check_vars): the rest hold what ownck knows nothing about.
 * These flows must keep their variables followed: NULL reaching a tested
 * pointer (or a callee that does not return with NULL) through copies and
 * given-back results, which makes a path impossible; a string and a local's
 * address reaching a release or a global through copies; an alias made by
 * a given-back result. The last function, with only unknown pointers, has
 * nothing to say. */

static char *pass(char *s) { return s; }

static void must(void *p)
{
    if (!p)
        abort();
}

void null_through_copy_cuts_path(void)
{
    char *p = malloc(4);
    char *marker = NULL;
    char *seen = marker;
    if (seen)                           /* never taken: seen is NULL */
        free(p);
    free(p);
}

void null_through_given_back_cuts_path(void)
{
    char *p = malloc(4);
    char *none = NULL;
    char *r = pass(none);
    if (r)
        free(p);
    free(p);
}

void null_argument_never_returns(void)
{
    char *p = malloc(4);
    char *none = NULL;
    char *arg = none;
    must(arg);                          /* does not return: arg is NULL */
    free(p);
    free(p);
}

void string_through_copies(void)
{
    const char *lit = "abc";
    char *s = (char *)lit;
    char *t = s;
    free(t);                            // expect: free-non-heap
}

char *keep;

void local_through_copies(void)
{
    char buf[8];
    char *a = buf;
    char *b = a;
    keep = b;                           // expect: return-local-ref
}

void alias_through_given_back(void)
{
    char *p = malloc(4);
    char *q = pass(p);
    free(q);
    free(p);                            // expect: double-free
}

void unknown_pointers_stay_quiet(char **v, int n)
{
    char *a = v[0], *b = v[1];
    for (int i = 0; i < n; i++) {
        char *c = a;
        a = b;
        b = c;
        if (a)
            b = v[i];
    }
    free(a);
}
