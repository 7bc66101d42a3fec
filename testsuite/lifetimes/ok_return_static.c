#include <ownck.h>
#include <stdlib.h>

/* What outlives the function may be returned: statics, globals, string
 * literals, heap memory, and what the caller handed in. */
static int counter;
int table[4];

int *static_local(void)
{
    static int calls;
    calls++;
    return &calls;
}

int *global_address(int i)
{
    return i ? &counter : &table[0];
}

const char *literal(void)
{
    return "fixed";
}

int *heap(void)
{
    int *p = malloc(sizeof *p);
    return p;
}

int *callers(int *p)
{
    return p + 1;
}

void use_locally(void)
{
    int x = 1;
    int *p = &x;
    *p = 2;
}

void store_local_in_local(int **out)
{
    int *inner = NULL;
    int y = 3;
    inner = &y;
    *inner = 4;
    *out = NULL;
}
