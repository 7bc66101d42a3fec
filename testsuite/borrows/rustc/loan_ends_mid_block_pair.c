#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/nll/loan_ends_mid_block_pair.rs.
 * Adapted: the tuple ('a', 'b', 'c') is a struct of three chars, `&mut
 * data.0` a BORROW_MUT variable, capitalize(&mut char) a BORROW_MUT
 * parameter. Same verdicts: E0506 (assign-while-borrowed) when the borrow
 * is used again after the assignment; accepted when it is not. As in the
 * original only the first of the three assignments is reported (later
 * conflicts against the same loan are not, annotations.md 7.4). */

struct triple { char a; char b; char c; };

void capitalize(BORROW_MUT char *c);

void nll_fail(void)
{
    struct triple data = { 'a', 'b', 'c' };
    BORROW_MUT char *c = &data.a;
    capitalize(c);
    data.a = 'e';                   // expect: assign-while-borrowed
    data.a = 'f';
    data.a = 'g';
    capitalize(c);
}

void nll_ok(void)
{
    struct triple data = { 'a', 'b', 'c' };
    BORROW_MUT char *c = &data.a;
    capitalize(c);
    data.a = 'e';
    data.a = 'f';
    data.a = 'g';
}
