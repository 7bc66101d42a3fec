#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* The shallow write of ok_reassign_from_own_pointee.c has its limits: a
 * loan of the pointer variable itself (&p), of an array inside a struct
 * (s.buf[i] is the struct's own storage), or of the pointee of an OWNED
 * pointer (assigning the owner gives up the block the loan points into)
 * still conflicts with the assignment, as in Rust (E0506). */

struct msg { char buf[8]; int len; };

int peek(BORROW const char *c);
void reset(BORROW_MUT const char **slot);

int slot_borrowed(const char *s, const char *t)
{
    const char *p = s;
    BORROW_MUT const char **slot = &p;
    p = t;                          // expect: assign-while-borrowed
    reset(slot);
    return 0;
}

int array_in_struct_borrowed(struct msg m, struct msg other)
{
    BORROW const char *c = &m.buf[1];
    m = other;                      // expect: assign-while-borrowed
    return peek(c);
}

int owner_pointee_borrowed(void)
{
    OWNED char *p = NULL;
    BORROW const char *c = &p[1];
    p = NULL;                       // expect: assign-while-borrowed
    int r = peek(c);
    free(p);
    return r;
}
