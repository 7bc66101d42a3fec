#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* assign-while-borrowed on an OWNED pointer variable: storing a new value
 * into the owner while a borrow of it (or of what it points to) is live
 * (rustc: `let r = &p; p = Some(Box::new(..)); use(r)` is E0506). The
 * owners here hold NULL when they are overwritten, so nothing leaks. */

void log_str(BORROW const char *s);
void refill(BORROW_MUT char **slot);

void assign_while_pointee_borrowed(void)
{
    OWNED char *p = NULL;
    BORROW const char *r = p;
    p = strdup("new");              // expect: assign-while-borrowed
    log_str(r);
    free(p);
}

void assign_while_slot_borrowed(void)
{
    OWNED char *p = NULL;
    BORROW_MUT char **slot = &p;
    p = strdup("new");              // expect: assign-while-borrowed
    refill(slot);
    free(p);
}
