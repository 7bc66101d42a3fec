#include <stdlib.h>
#include <string.h>

/* What a copy does not carry (7.36): a value narrowed on the way (256 is
 * true, (char)256 is not), an element read after the step (*++s), and a
 * test of *s followed by a call that may write it before the next read
 * (tmux's args_parse hands its arguments to args_set before continuing). */

void args_set(char *args, int flag);

struct count {
    int n;
};

char *narrowed(const char *s, const struct count *k)
{
    char *p = strdup(s);
    if (!p)
        return NULL;
    if (!k->n)
        return p;
    free(p);
    char c = (char)k->n;
    if (!c)
        return p;               // expect: use-after-free
    return NULL;
}

char *stepped_first(const char *s)
{
    char *p = strdup(s);
    if (!p)
        return NULL;
    if (*s)
        free(p);
    int c = *++s;               /* the next element: nothing tested it */
    if (c)
        return NULL;            // expect: leak
    return p;                   // expect: use-after-free
}

char *written_before_continue(char *s, char *args)
{
    char *p = NULL;
    for (;;) {
        int c = *s++;
        if (c == '\0')
            break;
        p = strdup(s);          // expect: leak
        if (*s == '\0') {
            args_set(args, c);  /* may write *s */
            continue;
        }
        free(p);
        p = NULL;
    }
    return p;
}
