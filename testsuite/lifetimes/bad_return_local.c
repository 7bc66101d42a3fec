#include <ownck.h>
#include <stddef.h>

/* return-local-ref (E0515): the address of a local outlives it. */
int *local_address(void)
{
    int x = 1;                          // expect-note: declared here
    return &x;                          // expect: return-local-ref
}

char *local_array(void)
{
    char buf[8];
    buf[0] = 0;
    return buf + 1;                     // expect: return-local-ref
}

int *through_a_copy(void)
{
    int v = 2;
    int *p = &v;
    int *q = p;
    return q;                           // expect: return-local-ref
}

int *param_address(int v)               /* 7.20: a by-value parameter is a local */
{
    return &v;                          // expect: return-local-ref
}

int *either(int c)
{
    int a = 1, b = 2;
    int *p = c ? &a : &b;
    return p;                           // expect: return-local-ref
}
