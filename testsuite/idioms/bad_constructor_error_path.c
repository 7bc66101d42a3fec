#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.15: a constructor's error path releases the struct but not an OWNED
 * field it already filled. */

struct conn {
    OWNED char *host;
    OWNED char *buf;
    int port;
};

OWNED struct conn *conn_new(BORROW const char *host, int port)
{
    OWNED struct conn *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->host = strdup(host);
    if (!c->host) {
        free(c);
        return NULL;
    }
    c->buf = malloc(256);
    if (!c->buf) {
        free(c);                            // expect: leak
        return NULL;
    }
    c->port = port;
    return c;
}
