#include <ownck.h>
#include <stddef.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/two-phase-cannot-nest-mut-self-calls.rs.
 * Adapted: `vec.get({ vec.push(2); 0 })` is vec_get(&vec, (vec_push(&vec, 2),
 * 0)) with a comma expression for the block; get takes BORROW, push
 * BORROW_MUT. Same verdict: E0502 (borrow-conflict) at the nested exclusive
 * borrow, because the shared borrow for get is live until get runs. */

struct vec { int *data; size_t len; size_t cap; };

BORROW const int *vec_get(BORROW const struct vec *v, size_t i);
void vec_push(BORROW_MUT struct vec *v, int x);

int main(void)
{
    struct vec vec = { 0 };
    vec_get(&vec,
            (vec_push(&vec, 2),     // expect: borrow-conflict
             0));
    return 0;
}
