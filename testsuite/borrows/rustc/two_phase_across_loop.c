#include <ownck.h>
#include <stdio.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/two-phase-across-loop.rs.
 * Adapted: `fn get_string(&mut self) -> &str` is a function with a
 * BORROW_MUT receiver returning a BORROW tied to it by elision; the
 * Vec<&str> `strings` that keeps every result is two BORROW variables
 * that keep the last two results, both printed after the loop. Same
 * verdict: E0499 (mut-borrow-conflict) at the receiver: the exclusive loan
 * taken in one iteration is still held when the next iteration borrows foo
 * again. */

struct foo { char x[32]; };

BORROW const char *get_string(BORROW_MUT struct foo *self);

int main(void)
{
    struct foo foo = { "Hello, world" };
    BORROW const char *older = "";
    BORROW const char *newer = "";
    int n = 0;
    for (;;) {
        older = newer;
        newer = get_string(&foo);   // expect: mut-borrow-conflict
        if (++n > 2)
            break;
    }
    printf("%s %s\n", older, newer);
    return 0;
}
