#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/nll/reference-carried-through-struct-field.rs.
 * Adapted: `struct Wrap<'a> { w: &'a mut u32 }` is a struct with a
 * BORROW_MUT LIFETIME(a) field; storing &x into it makes `wrapper` a holder
 * of the loan (annotations.md 7.28, 7.43). Same verdict: `x += 1` reads x
 * while it is mutably borrowed, E0503 (use-while-mut-borrowed). */

struct wrap { BORROW_MUT LIFETIME(a) unsigned *w; };

void foo(void)
{
    unsigned x = 22;
    struct wrap wrapper = { &x };
    x += 1;                         // expect: use-while-mut-borrowed
    *wrapper.w += 1;
}
