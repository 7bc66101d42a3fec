#include <stdlib.h>
#include <string.h>

/* ok_out_param_overwrites_holder.c, but the callee may leave *out as it was
 * (it reads it first): p may still point into the reply, and releasing it
 * releases memory that is borrowed. */
static int refresh(char **out)
{
    if (**out == 'A')
        return 0;
    *out = malloc(8);
    return *out == NULL;
}

int exchange(char *reply, int rounds)
{
    char *p = reply;
    for (int i = 0; i < rounds; i++) {
        if (refresh(&p))
            return 1;
        free(p);                                // expect: move-while-borrowed
        p = reply + 4;
        p = strstr(p, "ADAT=");                 // expect-note: borrow of '*p' occurs here
        if (p)
            reply[0] = p[5];
    }
    return 0;
}
