#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/two-phase-nonrecv-autoref.rs, the
 * parts without closures, traits and operator overloading. Adapted: methods
 * are functions whose first parameter is the receiver (BORROW_MUT for &mut
 * self, BORROW for &self); coerce_unsized's `double_access(&mut a, &a)` with
 * an array passes &a to a BORROW_MUT and a BORROW parameter. Same verdicts:
 * deref_coercion's `foo(x, *x)` and `s.m(s.i(10))` are accepted;
 * double_access is E0502 (borrow-conflict). */

struct s { int state; };

void foo(BORROW_MUT unsigned *x, unsigned y);
int s_m(BORROW_MUT struct s *self, int x);
int s_i(BORROW const struct s *self, int x);
void double_access(BORROW_MUT int (*m)[3], BORROW const int (*s)[3]);

void deref_coercion(BORROW_MUT unsigned *x)
{
    foo(x, *x);
}

void coerce_unsized(void)
{
    int a[3] = { 1, 2, 3 };
    double_access(&a,
                  &a);              // expect: borrow-conflict
}

int main(void)
{
    unsigned five = 5;
    deref_coercion(&five);
    struct s s = { 0 };
    s_m(&s, s_i(&s, 10));
    coerce_unsized();
    return 0;
}
