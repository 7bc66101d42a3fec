#include <stdlib.h>
#include <string.h>

/* iproute2's ss.c keeps a strdup'ed name in a byte array of a filter with
 * memcpy(a.data, &p, sizeof p): the pointer's own bytes are copied, so the
 * pointer is handed on, as storing it would. */
struct addr { unsigned char data[16]; int family; };

int parse_name(const char *s, struct addr *a)
{
    char *p = strdup(s);
    if (!p)
        return -1;
    memcpy(a->data, &p, sizeof(p));
    a->family = -1;
    return 0;
}
