#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A field or a pointee tested twice (7.36) holds what it held at the first
 * test until something may store there. Between the tests below nothing
 * may: only a call handed values, pointers to const and the system's
 * objects (FILE *), a release, a call of the system's writing what it is
 * handed the address of, or a store to another member of the same struct.
 * As in Rust, a callee changes only what it is given access to. */

struct opts {
    int verbose;
    int keep;
    char *log;
    int counts[4];
};

int report(int n, const struct opts *o);
void log_msg(const char *fmt, ...);

void field_tested_twice(struct opts *o, const char *s)
{
    char *copy = NULL;
    if (o->verbose)
        copy = strdup(s);
    printf("%d\n", o->keep);
    report(3, o);
    if (o->verbose)
        free(copy);
}

void other_member_stored(struct opts *o, const char *s, int i)
{
    char *p = strdup(s);
    if (!p)
        return;
    if (o->keep) {
        o->log = p;             /* kept: the caller's struct owns it now */
        o->counts[i] = 1;
    }
    if (!o->keep)
        free(p);
}

char *pointee_tested_twice(const char *s)
{
    char *p = strdup(s);
    if (*s == '\0') {
        if (*s != '\0')
            return NULL;        /* never: *s is still 0 */
    }
    return p;
}

void set_then_tested(struct opts *o, const char *s)
{
    char *p = strdup(s);
    o->verbose = 1;
    if (!o->verbose)
        return;                 /* never: it was just set */
    free(p);
}

void released_between(struct opts *o, const char *s, char *old)
{
    char *p = NULL;
    if (o->keep)
        p = strdup(s);
    free(old);
    if (o->keep)
        free(p);
}

void local_struct(const char *s, int v)
{
    struct opts o = {0};
    char *p = NULL;
    o.verbose = v;
    if (o.verbose)
        p = strdup(s);
    if (o.verbose)
        free(p);
}

struct outer {
    struct opts inner;
    int flag;
};

void nested_member(struct outer *w, const char *s)
{
    char *p = NULL;
    if (w->inner.keep)
        p = strdup(s);
    w->flag = 2;
    w->inner.verbose = 0;
    if (w->inner.keep)
        free(p);
}

struct locked {
    pthread_mutex_t lock;
    int ready;
    char name[16];
};

void system_calls_between(struct locked *o, const char *s, int n)
{
    char *p = NULL;
    char buf[32];
    time_t now;
    if (o->ready)
        p = strdup(s);
    pthread_mutex_lock(&o->lock);
    time(&now);
    snprintf(buf, sizeof buf, "%d", n);
    snprintf(o->name, sizeof o->name, "%s", s);
    fprintf(stderr, "%s %s %ld\n", buf, s, (long)now);
    pthread_mutex_unlock(&o->lock);
    if (o->ready)
        free(p);
}

/* Past a function's declared parameters, a pointer to const is read
 * through, as printf reads its arguments: const char *, a const member, a
 * cast to const void *. */
struct names {
    const char *first;
    int shown;
};

void const_pointers_past_parameters(struct opts *o, const char *s, struct names *n)
{
    char *p = NULL;
    if (o->verbose)
        p = strdup(s);
    log_msg("%s %s %d", s, n->first, o->keep);
    log_msg("%p", (const void *)o);
    if (o->verbose)
        free(p);
}
