#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* restrict: memcpy's dest is BORROW_MUT restrict and its src is const
 * restrict, so passing overlapping arguments (the same pointer, or constant
 * offsets and lengths that provably overlap) is a borrow-conflict at the later argument
 * (annotations.md 7.22, 7.41, 7.42). */

void shift_left(void)
{
    char *p = malloc(9);
    if (!p)
        return;
    memset(p, 'a', 9);
    memcpy(p, p + 1, 8);            // expect: borrow-conflict
    free(p);
}

void same_pointer_any_length(char *p, size_t n)
{
    memcpy(p, p, n);                // expect: borrow-conflict
}

void same_pointer(char *buf)
{
    strcpy(buf, buf);               // expect: borrow-conflict
}

void constant_overlap(void)
{
    char buf[16] = "0123456789";
    memcpy(buf + 2, buf, 4);        // expect: borrow-conflict
}

struct tvalue { void *p; int tag; };

void shift_three(struct tvalue *ra)
{
    memcpy(ra + 2, ra, 3 * sizeof(*ra));    // expect: borrow-conflict
}

struct pair { int a, b; };

void shift_into_itself(struct pair *v)
{
    memcpy((char *)v + 4, v, sizeof *v);    // expect: borrow-conflict
}

void alias_assigned_once(char *buf)
{
    char *copy = buf;               /* assigned once, address never taken: the same object */
    memcpy(copy, buf + 1, 4);       // expect: borrow-conflict
}
