#include <ownck.h>
#include <stddef.h>

/* A field of what a parameter points to lives as long as the argument:
 * `&p->f`, `p->array`, `&p->array[i]` borrow from p (elision). */
struct person { char name[32]; int age; struct person *parent; };

BORROW const char *person_name(BORROW const struct person *p)
{
    return p->name;
}

BORROW_MUT int *person_age(BORROW_MUT struct person *p)
{
    return &p->age;
}

BORROW const char *initial(BORROW const struct person *p)
{
    return &p->name[0];
}

struct person *parent_of(struct person *p)
{
    return p->parent;
}
