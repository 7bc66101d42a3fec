#include <stdlib.h>
#include <string.h>

/* curl's krb5.c: p holds a borrow of the server's reply (p = strstr(p, ...))
 * at the end of one iteration; the next one hands &p to a function that
 * stores *out before anything else (its summary says so, 7.35), so p holds
 * new memory there, and freeing it conflicts with nothing. Overwriting the
 * holder ends what it held, as p = malloc(n) does. */
static int encode(const char *in, char **out)
{
    *out = malloc(strlen(in) + 1);
    if (!*out)
        return 1;
    strcpy(*out, in);
    return 0;
}

int exchange(char *reply, const char *token, int rounds)
{
    char *p;
    for (int i = 0; i < rounds; i++) {
        if (encode(token, &p))
            return 1;
        free(p);
        p = reply + 4;
        p = strstr(p, "ADAT=");
        if (p)
            reply[0] = p[5];
    }
    return 0;
}
