#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Mirrors rust-lang/rust tests/ui/nll/move-errors.rs, the cases that move
 * out through a reference. Adapted: `struct A(String)` is a struct with an
 * OWNED char * field; `let a = &A(...)` is a BORROW of a local struct a
 * whose string is released at the end; `let b = *a;` moves the string out
 * through the borrow into an OWNED variable; suggest_borrow2's `&&mut a`
 * is a BORROW_MUT variable reached through a BORROW. The array, Rc, pattern
 * and Drop cases are left out. Same verdict: E0507 (move-out-of-borrow) at
 * each move. */

struct a { OWNED char *s; };

void consume(OWNED char *s);

void suggest_remove_deref(void)
{
    struct a a0 = { strdup("") };
    BORROW const struct a *a = &a0;
    OWNED char *b = a->s;           // expect: move-out-of-borrow
    consume(b);
    free(a0.s);
}

void suggest_borrow2(void)
{
    struct a a0 = { strdup("") };
    BORROW_MUT struct a *m = &a0;
    BORROW struct a *const *r = &m;
    OWNED char *s = (*r)->s;        // expect: move-out-of-borrow
    consume(s);
    free(a0.s);
}

void suggest_nothing(void)
{
    struct a a0 = { strdup("") };
    BORROW const struct a *a = &a0;
    OWNED char *b;
    b = a->s;                       // expect: move-out-of-borrow
    consume(b);
    free(a0.s);
}
