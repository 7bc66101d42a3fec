#include <stdlib.h>
#include <string.h>

/* c = *s++ reads *s, then steps s, and c is true exactly where *s was
 * (7.36): a test of *s is one of c, and the next round's read sees what
 * the last test of *s saw. (From tmux's args_parse, whose real loop calls
 * functions handed the arguments in between: bad_memory_copied.c.) */

char *continue_after_terminator_check(const char *s)
{
    char *p = NULL;
    for (;;) {
        int c = *s++;
        if (c == '\0')
            break;
        if (c == '?')
            return NULL;
        p = strdup(s);
        if (*s == '\0')
            continue;           /* the next round reads '\0' and breaks: p is returned */
        free(p);
        p = NULL;
    }
    return p;
}

char *read_before_step(const char *s)
{
    char *p = strdup(s);
    if (!p)
        return NULL;
    if (*s)
        free(p);
    int c = *s++;               /* the *s just tested */
    if (c)
        return NULL;
    return p;                   /* *s was 0: still owned */
}

char *copied_then_tested(const char *s)
{
    char *p = strdup(s);
    if (*s == '\0') {
        unsigned long c = (unsigned char)*s;
        if (c != 0)
            return NULL;        /* never */
    }
    return p;
}
