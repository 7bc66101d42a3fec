#include <ownck.h>
#include <stdio.h>

/* return-local-ref: a conditional whose branches are local addresses is a
 * local address; one local branch is enough (it is returned on some path). */
const char *yes_or_no(int c)
{
    char yes[4] = "yes";
    char no[3] = "no";
    return c ? yes : no;                // expect: return-local-ref
}

int *smaller(int a, int b)
{
    return a < b ? &a : &b;             // expect: return-local-ref
}

const char *label_or_default(int n)
{
    char buf[12];
    snprintf(buf, sizeof buf, "%d", n);
    return n >= 0 ? buf : "negative";   // expect: return-local-ref
}
