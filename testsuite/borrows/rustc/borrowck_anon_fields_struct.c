#include <ownck.h>
#include <stddef.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-anon-fields-struct.rs.
 * Adapted: the tuple struct Y(usize, usize) is a struct with fields f0 and
 * f1; `match y { Y(ref mut a, _) => a }` is a BORROW_MUT variable set to
 * &y.f0. Same verdicts: distinct_variant is accepted; same_variant is E0499
 * (mut-borrow-conflict) at the second borrow of the same field. */

struct y { size_t f0; size_t f1; };

void distinct_variant(void)
{
    struct y y = { 1, 2 };
    BORROW_MUT size_t *a = &y.f0;
    BORROW_MUT size_t *b = &y.f1;
    *a += 1;
    *b += 1;
}

void same_variant(void)
{
    struct y y = { 1, 2 };
    BORROW_MUT size_t *a = &y.f0;
    BORROW_MUT size_t *b = &y.f0;   // expect: mut-borrow-conflict
    *a += 1;
    *b += 1;
}
