#include <stdlib.h>

/* A counted loop from 0 inside a test that its bound is not zero runs at
 * least once: what its body does to a block happens on every path (7.36).
 * From nginx's ngx_resolver.c (`if (n)`, n unsigned) and dnsmasq's cache.c
 * (`if (size > 0)`): the block escapes in the body. */
struct addr { int *sa; int len; };
struct srv { struct addr *addrs; unsigned naddrs; };

void handler(unsigned n, const int *in, struct srv *srv)
{
    if (n) {
        struct addr *addrs = calloc(n, sizeof *addrs);
        int *sa;
        unsigned i;

        if (addrs == NULL)
            return;
        sa = malloc(n * sizeof(int));
        if (sa == NULL) {
            free(addrs);
            return;
        }
        for (i = 0; i < n; i++) {
            addrs[i].sa = &sa[i];
            sa[i] = in[i];
        }
        srv->addrs = addrs;
        srv->naddrs = n;
    }
}

static int *head;

void init(int size)
{
    int *c, i;
    if (size > 0) {
        c = calloc(size, sizeof *c);
        if (!c)
            exit(1);
        for (i = 0; i < size; i++, c++)
            head = c;
    }
}

/* the guard the other way round: the loop is reached only when it is false */
static int *last;

void fill(size_t n)
{
    int *p = malloc(sizeof *p);
    size_t i;
    if (!p)
        return;
    if (n == 0) {
        free(p);
        return;
    }
    for (i = 0; i < n; i++)
        last = p;
}

void keep(int *p);

void each(int count, const int *v)
{
    int *copy = malloc(sizeof *copy);
    int i;
    if (!copy || count <= 0) {
        free(copy);
        return;
    }
    for (i = 0; i < count; i++) {
        *copy = v[i];
        keep(copy);
    }
}
