#include <stdio.h>

/* return-local-ref: the address is taken back on one path only; the other
 * returns with it still stored. */

struct db { long *bytes_freed; };
static int *last_seen;

int count_freed(struct db *db, int fail)
{
    long n = 0;                         // expect-note: 'n' is declared here
    db->bytes_freed = &n;               // expect: return-local-ref
    if (fail)
        return -1;                      // expect-note: the function returns here with the address still in 'db->bytes_freed'
    db->bytes_freed = NULL;
    return (int)n;
}

void remember(int v)
{
    int copy = v;                       // expect-note: 'copy' is declared here
    last_seen = &copy;                  // expect: return-local-ref
    printf("%d\n", *last_seen);         /* printf cannot reset a global of this program */
}                                       // expect-note: the function returns here

/* Handing on the stored address itself gives the callee the local, not the
 * slot that holds it: the slot still holds it at the return (dnsmasq's
 * rfc3315.c, state->tags = &v6_id; ... look(state->tags)). */
struct netid { const char *net; struct netid *next; };
struct state { struct netid *tags; };
int look(struct netid *t);

int tag_and_look(struct state *state)
{
    struct netid v6_id;                 // expect-note: 'v6_id' is declared here
    v6_id.net = "dhcpv6";
    v6_id.next = state->tags;
    state->tags = &v6_id;               // expect: return-local-ref
    look(state->tags);
    return 1;                           // expect-note: the function returns here with the address still in 'state->tags'
}
