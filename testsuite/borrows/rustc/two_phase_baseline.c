#include <ownck.h>
#include <stddef.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/two-phase-baseline.rs (run-pass).
 * Adapted: Vec's push and len are functions taking BORROW_MUT and BORROW;
 * `v.push(v.len())` is vec_push(&v, vec_len(&v)). Same verdict: accepted
 * (two-phase borrows). */

struct vec { size_t *data; size_t len; size_t cap; };

size_t vec_len(BORROW const struct vec *v);
void vec_push(BORROW_MUT struct vec *v, size_t x);

int main(void)
{
    struct vec v = { 0 };
    vec_push(&v, 0);
    vec_push(&v, 1);
    vec_push(&v, 2);
    vec_push(&v, vec_len(&v));
    return vec_len(&v) == 4 ? 0 : 1;
}
