#include <stdlib.h>
#include <string.h>

/* A result code and many pointer tests in one function (curl's url.c,
 * parse_login_details): the pointers' tests are condition bits too, but
 * when the paths they tell apart fill the state, it forgets those first
 * and keeps the result code's (7.36): `if (!result)` still selects the
 * paths where every allocation succeeded. */

int split(const char *login, size_t len, char **userp, char **passwdp, char **optionsp)
{
    int result = 0;
    char *ubuf = NULL, *pbuf = NULL, *obuf = NULL;
    const char *psep = NULL, *osep = NULL;
    if (passwdp) {
        psep = strchr(login, ':');
        if (psep >= login + len)
            psep = NULL;
    }
    if (optionsp) {
        osep = strchr(login, ';');
        if (osep >= login + len)
            osep = NULL;
    }
    size_t ulen = psep ? (size_t)(psep - login) : osep ? (size_t)(osep - login) : len;
    size_t plen = psep ? len - (size_t)(psep - login) : 0;
    size_t olen = osep ? len - (size_t)(osep - login) : 0;
    if (userp) {
        ubuf = malloc(ulen + 1);
        if (!ubuf)
            result = 27;
    }
    if (!result && passwdp && psep) {
        pbuf = malloc(plen + 1);
        if (!pbuf) {
            free(ubuf);
            result = 27;
        }
    }
    if (!result && optionsp && olen) {
        obuf = malloc(olen + 1);
        if (!obuf) {
            free(pbuf);
            free(ubuf);
            result = 27;
        }
    }
    if (!result) {
        if (ubuf) {
            memcpy(ubuf, login, ulen);
            ubuf[ulen] = '\0';
            free(*userp);
            *userp = ubuf;
        }
        if (pbuf) {
            memcpy(pbuf, psep + 1, plen);
            pbuf[plen] = '\0';
            free(*passwdp);
            *passwdp = pbuf;
        }
        if (obuf) {
            memcpy(obuf, osep + 1, olen);
            obuf[olen] = '\0';
            free(*optionsp);
            *optionsp = obuf;
        }
    }
    return result;
}
