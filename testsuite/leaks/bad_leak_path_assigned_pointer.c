#include <stdlib.h>

/* A test that assigns the pointer it tests names the pointer in the
 * leaking path: "'e' is NULL", not "'(e = malloc(sizeof *e)) == NULL' is
 * true" (rsync's pool_alloc, dnsmasq's whine_malloc). */
struct ext { void *start; };

struct ext *add(size_t size)
{
    void *start;
    struct ext *e;
    if (!(start = malloc(size)))
        return NULL;
    if ((e = malloc(sizeof *e)) == NULL)    // expect-note: the leaking path: 'e' is NULL
        return NULL;                        // expect: leak
    e->start = start;
    return e;
}

struct ext *add2(size_t size)
{
    struct ext *e = malloc(sizeof *e);
    void *start;
    if (!e)
        return NULL;
    if (!(start = malloc(size)))            // expect-note: the leaking path: 'start' is NULL
        return NULL;                        // expect: leak
    e->start = start;
    return e;
}
