/* A local's address parked in a field of a local struct, then the struct
 * handed to a function that may write it: the field may hold another value
 * afterwards (lmdb's mdb_page_get loop: key.mv_data = &id, then
 * mdb_cursor_next(&mc, &key, ...) fills key), as a call that can reach a
 * stored address counts as taking it back for return-local-ref. */

typedef struct { long n; void *p; } val;

static char store[16];

static void reset(val *k) { k->p = store; }
void next_entry(void *cursor, val *key);   /* no body: may write *key */

void *after_scope(void)
{
    val key;
    {
        long id = 0;
        key.p = &id;
    }
    reset(&key);
    return key.p;
}

void *refilled(void *cursor)
{
    val key;
    long id = 7;
    key.n = sizeof id;
    key.p = &id;
    next_entry(cursor, &key);
    return key.p;
}

/* ... while a callee handed what leads to the slot may reset it. */
struct netid { const char *net; struct netid *next; };
struct state { struct netid *tags; };
void pop_tag(struct state *state);

int tag_then_pop(struct state *state)
{
    struct netid v6_id;
    v6_id.net = "dhcpv6";
    v6_id.next = state->tags;
    state->tags = &v6_id;
    pop_tag(state);
    return 1;
}
