#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.34: a BORROW_MUT T** is a mutable borrow of an owning slot: the callee may
 * take the old value out or replace it, and the caller keeps owning the slot. */

void clear_slot(BORROW_MUT char **slot)
{
    OWNED char *old = *slot;
    *slot = NULL;
    free(old);
}

void set_slot(BORROW_MUT char **slot, BORROW const char *v)
{
    OWNED char *fresh = strdup(v);
    if (!fresh)
        return;
    free(*slot);
    *slot = fresh;
}

void slot_user(void)
{
    char *name = NULL;
    set_slot(&name, "a");
    set_slot(&name, "b");
    if (name)
        puts(name);
    free(name);
}

void slot_cleared(void)
{
    char *name = strdup("z");
    clear_slot(&name);
    free(name);
}
