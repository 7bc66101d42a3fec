#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/two-phase-multi-mut.rs.
 * Adapted: the method `fn method(&mut self, foo: &mut Foo)` is a function
 * with two BORROW_MUT parameters, `foo.method(&mut foo)` is
 * method(&foo, &foo). rustc reports E0499 twice on this one expression (the
 * reservation and the activation); ownck reports one mut-borrow-conflict at
 * the later argument (annotations.md 7.4, 7.42). */

struct foo { int unused; };

void method(BORROW_MUT struct foo *self, BORROW_MUT struct foo *foo);

int main(void)
{
    struct foo foo = { 0 };
    method(&foo, &foo);             // expect: mut-borrow-conflict
    return 0;
}
