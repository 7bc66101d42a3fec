#include <stdlib.h>
#include <string.h>

/* A variable compared with constants, as a mode or a kind is dispatched on:
 * the path where it equals one constant is none of the paths where it
 * equals another, however many of them the function tests, and the
 * variable keeps its value in between (wget's url_string: the literal is
 * stored only when mode == 1, the copy freed only when mode == 0). */

size_t show(const char *passwd, int mode)
{
    char *q = NULL;
    size_t n;
    if (mode == 1)
        q = (char *)"*password*";
    else if (mode == 0)
        q = strdup(passwd);
    if (!q)
        return 0;
    n = strlen(q);
    if (mode == 0)
        free(q);
    return n;
}

enum kind { K_LITERAL, K_COPY, K_NONE };

size_t dispatch(enum kind k, const char *s)
{
    const char *lit = NULL;
    char *copy = NULL;
    if (k == K_LITERAL)
        lit = "literal";
    if (k == K_COPY)
        copy = strdup(s);
    size_t n = lit ? strlen(lit) : copy ? strlen(copy) : 0;
    if (k == K_LITERAL || k == K_NONE)
        return n;                           /* nothing was copied */
    free(copy);
    return n;
}

/* wget's url_string: the comparisons with the constant that is zero are
 * tests of the variable itself. */
enum auth_mode { AUTH_SHOW, AUTH_HIDE_PASSWD, AUTH_HIDE };

size_t url_string(const char *passwd, enum auth_mode mode)
{
    char *quoted = NULL;
    if (mode != AUTH_HIDE) {
        if (mode == AUTH_HIDE_PASSWD)
            quoted = (char *)"*password*";
        else if (mode == AUTH_SHOW)
            quoted = strdup(passwd);
    }
    size_t n = quoted ? strlen(quoted) : 0;
    if (quoted && mode == AUTH_SHOW)
        free(quoted);
    return n;
}
