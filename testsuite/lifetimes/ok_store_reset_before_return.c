#include <stdarg.h>
#include <stdio.h>

/* return-local-ref is about an address still stored when the function
 * returns. C code often parks a local's address in a long-lived structure
 * while it works and takes it back before returning (sqlite's
 * db->pParse = &sParse): that is correct, and stays silent. */

struct parse { struct parse *outer; struct db *db; int rc; };
struct db { struct parse *parse; long *bytes_freed; };
struct config { void *log_arg; void (*log)(void *, int, const char *); };

static struct config config;
static struct parse *current;

void run_parser(struct parse *p);
void parse_reset(struct parse *p);   /* puts p->outer back in p->db->parse */

void count_freed(struct db *db)
{
    long n = 0;
    db->bytes_freed = &n;               /* reset by assignment */
    run_parser(db->parse);
    db->bytes_freed = NULL;
    printf("%ld\n", n);
}

int prepare(struct db *db)
{
    struct parse parse = { db->parse, db, 0 };
    db->parse = &parse;                 /* reset by a call that receives the local */
    run_parser(&parse);
    parse_reset(&parse);
    return parse.rc;
}

int with_current(struct parse *outer)
{
    struct parse p = { outer, NULL, 0 };
    current = &p;                       /* a global: any function of the program may reset it */
    run_parser(outer);
    if (p.rc) {
        current = outer;
        return p.rc;
    }
    current = outer;
    return 0;
}

void configure(int op, ...)
{
    va_list ap;
    va_start(ap, op);
    /* va_arg reads a value out of ap; it is not ap's address */
    config.log = va_arg(ap, void (*)(void *, int, const char *));
    config.log_arg = va_arg(ap, void *);
    va_end(ap);
}

struct hook { void *ctx; int (*count)(void *); };
struct session { struct hook hook; int rc; };

int count_ctx(void *ctx);
int next_rc(int stat);

void update(struct session *s, int stat)
{
    struct hook saved = s->hook;
    if (stat) {
        s->hook.ctx = &saved;           /* reset by assigning the whole struct that holds it */
        s->hook.count = count_ctx;
    }
    s->rc = next_rc(stat);
    if (stat)
        s->hook = saved;
}

struct holder { int *slot; };
extern struct holder *holder;
int visits;

/* Reset on either side of a test of a parameter nothing assigns: no path
 * keeps the address (7.36). The first test splits the paths without
 * changing any state; those paths stay apart here, as a check must know
 * `tracing` at the store to see that one of the two resets always runs. */
void park(int tracing)
{
    int depth = 0;
    if (tracing)
        visits++;
    holder->slot = &depth;
    if (tracing)
        holder->slot = NULL;
    if (!tracing)
        holder->slot = NULL;
}
