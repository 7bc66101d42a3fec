#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Two tests of a field or a pointee are unrelated across whatever may
 * store there (7.36): a store to it or to the pointer that leads to it, a
 * store through a pointer that may be the same object (another pointer, a
 * pointer member, a union's other member), a call handed a pointer it may
 * write through (the system's writes what it is handed the address of:
 * scanf's arguments, memset's), and anything at all for a volatile one or
 * an element whose index changed. */

struct opts {
    int verbose;
    struct opts *self;
};

union word {
    int whole;
    short half;
};

struct dev {
    volatile int ready;
    union word w;
};

void update(struct opts *o);
void log_msg(const char *fmt, ...);

void stored_between(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    o->verbose = 0;
    if (o->verbose)
        return;
    free(p);                    // expect: double-free
}

void written_by_a_call(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    update(o);
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void written_by_memset(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    memset(o, 0, sizeof *o);
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void through_another_pointer(struct opts *o, struct opts *other)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    other->verbose = 1;
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void through_a_pointer_member(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    o->self->verbose = 1;
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void pointer_moved(const char *s)
{
    char *p = malloc(1);
    if (*s)
        free(p);
    s++;
    if (*s)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void union_members_overlap(struct dev *d)
{
    char *p = malloc(1);
    if (d->w.whole)
        free(p);
    d->w.half = 0;
    if (d->w.whole)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void volatile_member(struct dev *d)
{
    char *p = malloc(1);
    if (d->ready)
        free(p);
    if (d->ready)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void element_index_changed(const int *a, int i)
{
    char *p = malloc(1);
    if (a[i])
        free(p);
    i++;
    if (a[i])
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void scanned_into(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    if (scanf("%d", &o->verbose) != 1)
        o->self = NULL;
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void copied_over(struct opts *o, const struct opts *from)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    memcpy(o, from, sizeof *o);
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void member_cleared(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    memset(&o->verbose, 0, sizeof o->verbose);
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}

void handed_past_parameters(struct opts *o)
{
    char *p = malloc(1);
    if (o->verbose)
        free(p);
    log_msg("%p", (void *)o);
    if (o->verbose)
        return;                 // expect: leak
    free(p);                    // expect: double-free
}
