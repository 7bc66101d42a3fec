#include <stdlib.h>
#include <string.h>

/* The out-parameter call of ok_out_param_after_free.c, where the callee
 * reads *buf before it writes it (an in-out parameter): &p of a freed p is
 * then a use of it. */

int append(char **buf, const char *s)
{
    size_t n = *buf ? strlen(*buf) : 0;
    char *t = malloc(n + strlen(s) + 1);
    if (!t)
        return 0;
    if (*buf)
        memcpy(t, *buf, n);
    strcpy(t + n, s);
    free(*buf);
    *buf = t;
    return 1;
}

void twice(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    strcpy(p, "ab");
    free(p);
    append(&p, "c");                    // expect: use-after-free
}
