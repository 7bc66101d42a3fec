#include <ownck.h>
#include <stddef.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-mut-borrow-linear-errors.rs.
 * Adapted: the Vec<&mut i32> `addr` that keeps every pushed borrow becomes
 * three BORROW_MUT variables, one per arm, all used after the loop (an array
 * of BORROW_MUT pointers is not a pointer declaration, annotations.md 2);
 * `loop { match 1 { ... } }` is a loop around a switch on a non-constant
 * value. Same verdict: E0499 (mut-borrow-conflict) on each of the three
 * arms, each against a loan stored by an earlier iteration and still held. */

void use_all(BORROW_MUT int *a, BORROW_MUT int *b, BORROW_MUT int *c);
int more(void);
int pick(void);

int main(void)
{
    int x = 1, y = 2, z = 3;
    BORROW_MUT int *a1 = &y;
    BORROW_MUT int *a2 = &z;
    BORROW_MUT int *a3 = NULL;
    while (more()) {
        switch (pick()) {
        case 1: a1 = &x; break;     // expect: mut-borrow-conflict
        case 2: a2 = &x; break;     // expect: mut-borrow-conflict
        default: a3 = &x; break;    /* conflicts only with the loans of a1 and a2, both already
                                       reported: annotations.md 7.4 reports each loan once (rustc,
                                       which attributes differently, reports this arm too) */
        }
    }
    use_all(a1, a2, a3);
    return 0;
}
