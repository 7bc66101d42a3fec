#include <ownck.h>
#include <stdlib.h>

/* Field sensitivity through a pointer: p->a and p->b are different places,
 * whether p is a BORROW_MUT parameter or an OWNED allocation. */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);
void show(BORROW const int *p);

void fields_of_param(BORROW_MUT struct pair *p)
{
    BORROW_MUT int *pa = &p->a;
    BORROW_MUT int *pb = &p->b;
    bump(pa);
    bump(pb);
    *pa = *pb;
}

void fields_of_owned(void)
{
    OWNED struct pair *p = malloc(sizeof *p);
    if (!p)
        return;
    p->a = 0;
    p->b = 0;
    BORROW_MUT int *pa = &p->a;
    BORROW const int *pb = &p->b;
    int v = p->b;                   /* reading a shared-borrowed field: fine */
    *pa = v + *pb;                  /* p->a is not p->b */
    show(pb);                       /* last use of pb */
    p->b = 2;                       /* fine now */
    show(pa);
    free(p);
}
