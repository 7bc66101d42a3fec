#include <ownck.h>
#include <stddef.h>

/* Mirrors rust-lang/rust tests/ui/nll/loan_ends_mid_block_vec.rs (NLL
 * problem case #1). Adapted: Vec<char> is a struct vec, `&mut data` a
 * BORROW_MUT variable, capitalize(&mut [char]) and Vec::push functions with
 * BORROW_MUT parameters. Verdicts: nll_fail is E0499 (mut-borrow-conflict);
 * rustc reports each of the three pushes, ownck reports only the first
 * conflict against the one loan (annotations.md 7.4), so the later pushes
 * carry no expectation. nll_ok is accepted. */

struct vec { char *data; size_t len; size_t cap; };

void capitalize(BORROW_MUT struct vec *v);
void vec_push(BORROW_MUT struct vec *v, char c);

void nll_fail(void)
{
    struct vec data = { 0 };
    BORROW_MUT struct vec *slice = &data;
    capitalize(slice);
    vec_push(&data, 'd');           // expect: mut-borrow-conflict
    vec_push(&data, 'e');
    vec_push(&data, 'f');
    capitalize(slice);
}

void nll_ok(void)
{
    struct vec data = { 0 };
    BORROW_MUT struct vec *slice = &data;
    capitalize(slice);
    vec_push(&data, 'd');
    vec_push(&data, 'e');
    vec_push(&data, 'f');
}
