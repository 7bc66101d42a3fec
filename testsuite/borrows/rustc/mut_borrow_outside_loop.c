#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/mut-borrow-outside-loop.rs.
 * Adapted: the unit values `void` and `inner_void` are ints, `&mut` borrows
 * are BORROW_MUT variables, use_mut() a BORROW_MUT parameter; the infinite
 * `loop` runs while more() says so. Same verdict: E0499
 * (mut-borrow-conflict) at each second borrow. */

void use_mut(BORROW_MUT int *p);
int more(void);

int main(void)
{
    int v = 0;

    BORROW_MUT int *first = &v;
    BORROW_MUT int *second = &v;    // expect: mut-borrow-conflict
    use_mut(first);
    use_mut(second);

    while (more()) {
        int inner_void = 0;

        BORROW_MUT int *inner_first = &inner_void;
        BORROW_MUT int *inner_second = &inner_void; // expect: mut-borrow-conflict
        use_mut(inner_second);
        use_mut(inner_first);
    }
    return 0;
}
