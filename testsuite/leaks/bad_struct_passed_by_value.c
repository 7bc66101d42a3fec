#include <stdio.h>
#include <stdlib.h>

/* Handing a struct by value moves what its own members own, and nothing
 * else: a sibling member stays the caller's, and a struct handed to the C
 * library is not taken (it takes no ownership). */
struct pair { char *a; int n; };
struct outer { struct pair p; char *b; };
extern void keep_pair(struct pair p);

void sibling_kept(void)
{
    struct outer o;
    o.b = malloc(3);                        // expect-note: allocated here
    o.p.a = malloc(4);
    if (!o.b || !o.p.a) {
        free(o.b);
        free(o.p.a);
        return;
    }
    keep_pair(o.p);
}                                           // expect: leak

int read_only(void)
{
    struct pair p;
    p.a = malloc(3);                        // expect-note: allocated here
    if (!p.a)
        return 0;
    printf("%d\n", p.n);
    return 1;                               // expect: leak
}
