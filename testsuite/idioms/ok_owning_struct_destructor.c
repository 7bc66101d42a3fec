#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Owning structs: constructors fill OWNED fields, a destructor releases the
 * fields and then the struct. */

struct buffer {
    OWNED char *data;
    size_t len;
};

struct conn {
    OWNED char *host;
    OWNED struct buffer *in;
    OWNED FILE *log;
    int port;
};

void buffer_free(OWNED struct buffer *b)
{
    if (!b)
        return;
    free(b->data);
    free(b);
}

OWNED struct buffer *buffer_new(size_t n)
{
    OWNED struct buffer *b = malloc(sizeof *b);
    if (!b)
        return NULL;
    b->data = malloc(n);
    if (!b->data) {
        free(b);
        return NULL;
    }
    b->len = n;
    return b;
}

void conn_free(OWNED struct conn *c)
{
    if (!c)
        return;
    if (c->log)
        fclose(c->log);
    buffer_free(c->in);
    free(c->host);
    free(c);
}

OWNED struct conn *conn_new(BORROW const char *host, int port)
{
    OWNED struct conn *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->host = strdup(host);
    if (!c->host)
        goto fail;
    c->in = buffer_new(4096);
    if (!c->in)
        goto fail;
    c->port = port;
    return c;
fail:
    free(c->host);
    free(c);
    return NULL;
}

void session(BORROW const char *logpath)
{
    OWNED struct conn *c = conn_new("example.org", 80);
    if (!c)
        return;
    c->log = fopen(logpath, "a");
    conn_free(c);
}
