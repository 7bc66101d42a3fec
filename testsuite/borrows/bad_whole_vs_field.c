#include <ownck.h>

/* The whole struct conflicts with each of its fields: a shared borrow of s
 * while s.a is exclusively borrowed, and an exclusive borrow of s while s.b
 * is borrowed shared (rustc: borrowck-borrow-from-owned-ptr's
 * borrow_mut_and_base_imm and borrow_imm_and_base_mut). */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);
int get(BORROW const int *p);
int sum(BORROW const struct pair *p);
void reset(BORROW_MUT struct pair *p);

int shared_whole_while_field_mut(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    int n = sum(&s);                // expect: borrow-conflict
    bump(pa);
    return n;
}

int mut_whole_while_field_shared(void)
{
    struct pair s = { 1, 2 };
    BORROW const int *pb = &s.b;
    reset(&s);                      // expect: borrow-conflict
    return get(pb);
}
