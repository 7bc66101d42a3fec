#include <stdlib.h>
#include <string.h>

/* ok_same_variable_other_constant.c the wrong way round: freed when the
 * mode is not 0, which includes mode == 1, the literal. */

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
    if (mode != 0)
        free(q);                            // expect: free-non-heap
    return n;                               // expect: leak
}

enum auth_mode { AUTH_SHOW, AUTH_HIDE_PASSWD, AUTH_HIDE };

/* The literal is stored when the mode is AUTH_HIDE_PASSWD, and freed
 * unless the mode is AUTH_SHOW: that includes it. */
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
    if (quoted && mode != AUTH_SHOW)
        free(quoted);                       // expect: free-non-heap
    return n;                               // expect: leak
}
