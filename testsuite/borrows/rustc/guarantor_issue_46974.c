#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/nll/guarantor-issue-46974.rs, function foo.
 * Adapted: `s: &mut (i32,)` is a BORROW_MUT pointer to a one-field struct;
 * `let t = &mut *s;` a BORROW_MUT reborrow, `let x = &t.0;` a BORROW of its
 * field, `*s = (2,);` a struct assignment through s. The second function
 * (bar) is a lifetime error, which belongs to another rule family, and is
 * left out. Same verdict: E0506 (assign-while-borrowed) at `*s`, because
 * x, derived from t, is used afterwards. */

struct one { int f0; };

int foo(BORROW_MUT struct one *s)
{
    BORROW_MUT struct one *t = s;
    BORROW const int *x = &t->f0;
    *s = (struct one){ 2 };         // expect: assign-while-borrowed
    return *x;
}
