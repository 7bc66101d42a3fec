#include <ownck.h>
#include <stdio.h>

/* return-local-ref: the pointer holds a local's address on one path only;
 * that path returns a dangling pointer. */
static int fallback;

int *choose(int c)
{
    int local = 7;                      // expect-note: declared here
    int *p = &fallback;
    if (c)
        p = &local;
    return p;                           // expect: return-local-ref
}

const char *name_for(int id)
{
    char tmp[16];
    const char *name = "unknown";
    if (id > 0) {
        snprintf(tmp, sizeof tmp, "user%d", id);
        name = tmp;
    }
    return name;                        // expect: return-local-ref
}
