#include <ownck.h>
#include <stddef.h>

/* The address of a by-value parameter is local, but the value of a pointer
 * parameter, what a double pointer points to, and a pointer field of a
 * by-value struct all point outside the frame. */
struct span { const char *data; size_t len; };

const char *data_of(struct span s)
{
    return s.data;
}

int *deref_slot(int **slot)
{
    return *slot;
}

const char *end_of(struct span s)
{
    return s.data + s.len;
}

int *same(int *p)
{
    int *q = p;
    return q;
}
