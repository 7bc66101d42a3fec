#include <stdlib.h>
#include <string.h>

/* ok_pointer_bytes_copied.c's counterpart: the bytes the pointer points to
 * are copied (memcpy(a->data, p, sizeof p)), or too few of the pointer's
 * own: neither hands the pointer on. */
struct addr { unsigned char data[16]; int family; };

int parse_name(const char *s, struct addr *a)
{
    char *p = strdup(s);                        // expect-note: allocated here
    if (!p)
        return -1;
    memcpy(a->data, p, sizeof(p));
    a->family = -1;
    return 0;                                   // expect: leak
}

int parse_short(const char *s, struct addr *a)
{
    char *p = strdup(s);                        // expect-note: allocated here
    if (!p)
        return -1;
    memcpy(a->data, &p, 4);
    return 0;                                   // expect: leak
}
