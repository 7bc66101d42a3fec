#include <ownck.h>

/* A place reached through a BORROW is shared too: lending `&r->a` to a
 * BORROW_MUT parameter is write-through-shared (rustc:
 * borrowck-borrow-from-owned-ptr's borrow_mut_from_imm is E0596). */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);

void field_of_shared(BORROW struct pair *r)
{
    bump(&r->a);                    // expect: write-through-shared
}
