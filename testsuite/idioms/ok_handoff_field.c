#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Ownership handed to an OWNED field of a struct that is itself owned and
 * later released by its destructor. */

struct doc {
    OWNED char *title;
    OWNED char *body;
};

OWNED struct doc *doc_new(BORROW const char *t)
{
    OWNED struct doc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->title = strdup(t);
    if (!d->title) {
        free(d);
        return NULL;
    }
    return d;
}

void doc_free(OWNED struct doc *d)
{
    if (!d)
        return;
    free(d->title);
    free(d->body);
    free(d);
}

void doc_with_body(BORROW const char *text)
{
    OWNED struct doc *d = doc_new("title");
    if (!d)
        return;
    OWNED char *b = strdup(text);
    if (b)
        d->body = b;
    doc_free(d);
}

void set_body(struct doc *d, BORROW const char *text)
{
    OWNED char *b = strdup(text);
    if (!b)
        return;
    d->body = b;
}
